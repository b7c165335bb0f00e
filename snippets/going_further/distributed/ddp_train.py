"""Data-parallel training with DistributedDataParallel: torchrun starts one copy per process; run plainly, it is a world of one."""
import os
import tempfile
from datetime import timedelta
from pathlib import Path

import torch
import torch.distributed as dist
from torch import nn
from torch.nn.parallel import DistributedDataParallel
from torch.utils.data import DataLoader, DistributedSampler, TensorDataset

GLOBAL_BATCH = 64  # examples per optimizer step, summed over all processes
EPOCHS = 3
EXAMPLES = 512  # 8 steps per epoch


def make_dataset():
    """A synthetic task that every process builds identically: 10 classes set by a fixed random "teacher"."""
    generator = torch.Generator().manual_seed(0)
    inputs = torch.randn(EXAMPLES, 20, generator=generator)
    teacher = torch.randn(20, 10, generator=generator)
    return TensorDataset(inputs, (inputs @ teacher).argmax(dim=1))


def make_model():
    torch.manual_seed(0)  # the same start for every replica and for the one-process reference
    return nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 10))


def train(model, loader):
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    losses = []
    for epoch in range(EPOCHS):
        loader.sampler.set_epoch(epoch)  # a new shuffle each epoch, the same one on every process
        for inputs, labels in loader:
            optimizer.zero_grad()
            loss = nn.functional.cross_entropy(model(inputs), labels)
            loss.backward()  # under DDP this also averages the gradients over all processes
            optimizer.step()
            losses.append(loss.detach())
    return torch.stack(losses)


def main():
    if "RANK" in os.environ:  # started by torchrun, which sets RANK, LOCAL_RANK, WORLD_SIZE, MASTER_ADDR/PORT
        dist.init_process_group("gloo", timeout=timedelta(seconds=60))
    else:  # started as `python ddp_train.py`: a world of one process, with an in-memory rendezvous
        dist.init_process_group("gloo", store=dist.HashStore(), rank=0, world_size=1)
    train_and_check(dist.get_rank(), dist.get_world_size())
    # Every DDP model must be gone before this, so that the process group can really shut down.
    dist.destroy_process_group()


def train_and_check(rank, world_size):
    local_rank = int(os.environ.get("LOCAL_RANK", 0))  # the process's number on its own machine
    assert GLOBAL_BATCH % world_size == 0, "every process must get an equal share of a global batch"

    dataset = make_dataset()
    # Each process gets its own 1/world_size of the examples, a different share each epoch.
    sampler = DistributedSampler(dataset, num_replicas=world_size, rank=rank, shuffle=True, seed=0)
    loader = DataLoader(dataset, batch_size=GLOBAL_BATCH // world_size, sampler=sampler)
    sampler.set_epoch(0)
    first_examples = list(sampler)[:4]

    # Wrapping broadcasts rank 0's weights to all processes and installs the gradient all-reduce.
    model = DistributedDataParallel(make_model())
    losses = train(model, loader)

    # Every process shares what it saw and ended with; only rank 0 prints, so the output is in order.
    seen = [None] * world_size
    dist.all_gather_object(seen, (local_rank, len(sampler), first_examples))
    parameters = nn.utils.parameters_to_vector(model.parameters()).detach()
    all_parameters = [torch.empty_like(parameters) for _ in range(world_size)]
    dist.all_gather(all_parameters, parameters)
    # A global batch's loss is the mean of the processes' losses, each over an equal share.
    dist.all_reduce(losses, op=dist.ReduceOp.AVG)

    # The same training in one process, on whole global batches in the same shuffled order. Every
    # process runs it (only rank 0 prints), so none exits right after its last collective call.
    reference = make_model()
    one_process_sampler = DistributedSampler(dataset, num_replicas=1, rank=0, shuffle=True, seed=0)
    reference_losses = train(reference, DataLoader(dataset, batch_size=GLOBAL_BATCH, sampler=one_process_sampler))
    reference_parameters = nn.utils.parameters_to_vector(reference.parameters()).detach()

    if rank == 0:
        print(f"world size {world_size}, {GLOBAL_BATCH // world_size} examples per process and step,"
              f" global batch {GLOBAL_BATCH}")
        for other_rank, ((other_local_rank, count, first), other_parameters) in enumerate(zip(seen, all_parameters)):
            print(f"rank {other_rank} (local rank {other_local_rank}): {count} examples per epoch,"
                  f" first of epoch 0 {first}, parameter checksum {other_parameters.sum().item():.6f}")
        identical = all(torch.equal(all_parameters[0], other) for other in all_parameters)
        print("replicas identical bit for bit after training:", identical)
        print("epoch  mean loss with DDP  in one process")
        steps_per_epoch = len(losses) // EPOCHS
        for epoch, (ddp, single) in enumerate(zip(losses.split(steps_per_epoch), reference_losses.split(steps_per_epoch))):
            print(f"{epoch:5d}  {ddp.mean().item():18.4f}  {single.mean().item():14.4f}")
        print(f"largest difference over {len(losses)} steps: loss {(losses - reference_losses).abs().max().item():.1e},"
              f" parameters {(parameters - reference_parameters).abs().max().item():.1e}")

        # Save once, from rank 0, the wrapped model itself: its keys have no "module." prefix.
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "model.pt"
            torch.save(model.module.state_dict(), path)
            restored = make_model()
            restored.load_state_dict(torch.load(path, weights_only=True))
        print("DDP's keys:", list(model.state_dict())[:2], " saved keys:", list(restored.state_dict())[:2])
    dist.barrier()  # the other processes wait until rank 0 has saved


if __name__ == "__main__":
    main()

"""Exercise: the shares DistributedSampler gives two processes, epoch after epoch, with and without set_epoch."""
from torch.utils.data import DistributedSampler

dataset = list(range(12))  # anything with a length works as a dataset for the sampler
for call_set_epoch in (False, True):
    print("with set_epoch:" if call_set_epoch else "without set_epoch:")
    # Each process builds its own sampler once, with its rank; no process group is needed for this.
    samplers = [DistributedSampler(dataset, num_replicas=2, rank=rank, shuffle=True, seed=0) for rank in range(2)]
    for epoch in range(3):
        if call_set_epoch:
            for sampler in samplers:
                sampler.set_epoch(epoch)
        shares = [list(sampler) for sampler in samplers]
        assert sorted(shares[0] + shares[1]) == dataset  # disjoint, and together every example once
        print(f"  epoch {epoch}: rank 0 {shares[0]}  rank 1 {shares[1]}")

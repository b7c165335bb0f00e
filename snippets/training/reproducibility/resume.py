# %% setup
"""Checkpoint and resume with every random state saved: the resumed run equals the uninterrupted one."""
import os
import random
import tempfile

import numpy as np
import torch
from torch import nn
from torch.utils.data import DataLoader, Dataset

torch.manual_seed(0)  # the same random numbers on every run
accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")

points = torch.randn(400, 20)
classes = (points[:, :10].sum(dim=1) > 0).long()


class AugmentedPoints(Dataset):
    """Each read scales a point at random (Python's random) and adds noise (NumPy's global generator)."""

    def __len__(self):
        return len(points)

    def __getitem__(self, index):
        noise = torch.from_numpy(np.random.normal(0.0, 0.3, size=20).astype(np.float32))
        return points[index] * random.uniform(0.8, 1.2) + noise, classes[index]


shuffle_generator = torch.Generator()  # the loader's own generator: shuffling, and the seeds of any workers
loader = DataLoader(AugmentedPoints(), batch_size=40, shuffle=True, generator=shuffle_generator)


def seed_everything(seed):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    shuffle_generator.manual_seed(seed)


def new_model_and_optimizer():
    model = nn.Sequential(nn.Linear(20, 32), nn.ReLU(), nn.Dropout(0.3), nn.Linear(32, 2)).to(device)
    return model, torch.optim.Adam(model.parameters(), lr=1e-2)


def train_epoch(model, optimizer):
    total = 0.0
    for x, y in loader:
        loss = nn.functional.cross_entropy(model(x.to(device)), y.to(device))  # dropout draws from torch's
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        total += loss.item()
    return total / len(loader)


# %% states
def random_states():
    """Where every generator the training draws from stands now."""
    name, keys, position, has_gauss, cached_gaussian = np.random.get_state()
    states = {"torch": torch.get_rng_state(),  # a uint8 tensor
              "python": random.getstate(),  # a tuple of ints
              "numpy": (name, keys.tolist(), position, has_gauss, cached_gaussian),  # plain numbers, not an array,
              "shuffle": shuffle_generator.get_state()}  # so that torch.load(weights_only=True) accepts them
    if device.type == "cuda":
        states["cuda"] = torch.cuda.get_rng_state_all()  # the GPU's generators (dropout on the GPU)
    return states


def restore_random_states(states):
    torch.set_rng_state(states["torch"])
    random.setstate(states["python"])
    np.random.set_state(states["numpy"])
    shuffle_generator.set_state(states["shuffle"])
    if "cuda" in states:
        torch.cuda.set_rng_state_all(states["cuda"])


# %% straight
seed_everything(0)
straight_model, straight_optimizer = new_model_and_optimizer()
for epoch in range(1, 7):
    print(f"epoch {epoch}: loss {train_epoch(straight_model, straight_optimizer):.6f}")

# %% save
seed_everything(0)
model, optimizer = new_model_and_optimizer()
for epoch in range(1, 4):
    print(f"epoch {epoch}: loss {train_epoch(model, optimizer):.6f}")
folder = tempfile.TemporaryDirectory()
path = os.path.join(folder.name, "checkpoint.pt")
torch.save({"epoch": epoch, "model": model.state_dict(), "optimizer": optimizer.state_dict(),
            "random_states": random_states()}, path)
del model, optimizer  # as if the program had stopped here

# %% resume
seed_everything(123)  # a new program: its generators start somewhere else
model, optimizer = new_model_and_optimizer()
# map_location="cpu": torch.set_rng_state wants the CPU tensor it saved; load_state_dict copies
# the weights to the model's device.
checkpoint = torch.load(path, map_location="cpu", weights_only=True)
model.load_state_dict(checkpoint["model"])
optimizer.load_state_dict(checkpoint["optimizer"])
restore_random_states(checkpoint["random_states"])
for epoch in range(checkpoint["epoch"] + 1, 7):
    print(f"epoch {epoch}: loss {train_epoch(model, optimizer):.6f}")
resumed_identical = all(torch.equal(p, q) for p, q in zip(straight_model.parameters(), model.parameters()))
print("resumed run equals the uninterrupted run, bit for bit:", resumed_identical)
assert resumed_identical

# %% without-states
# The same resume without restoring the random states: other shuffles, noise and dropout masks.
seed_everything(123)
model, optimizer = new_model_and_optimizer()
model.load_state_dict(checkpoint["model"])
optimizer.load_state_dict(checkpoint["optimizer"])
for epoch in range(checkpoint["epoch"] + 1, 7):
    print(f"epoch {epoch}: loss {train_epoch(model, optimizer):.6f}")
difference_without_states = max((p - q).abs().max().item()
                                 for p, q in zip(straight_model.parameters(), model.parameters()))
print(f"without the random states: largest weight difference {difference_without_states:.4f}")
assert difference_without_states > 1e-3
folder.cleanup()

# %% generators
"""The three random generators a training script draws from, seeded one by one and then by one seed_everything."""
import os
import random

import numpy as np
import torch
from torch import nn
from torch.utils.data import DataLoader, Dataset

from tutorial_data import load_mnist

torch.manual_seed(0)  # the same random numbers on every run

# Python's random module: one global generator (a Mersenne Twister).
random.seed(0)
print("random.seed(0)            random.random() x3:", [round(random.random(), 4) for _ in range(3)])

# NumPy's legacy global generator, behind np.random.rand, np.random.normal, ...: another one.
np.random.seed(0)
print("np.random.seed(0)         np.random.rand(3): ", np.random.rand(3).round(4))

# NumPy's recommended API: a Generator object (another algorithm, PCG64) that only its owner draws from.
rng = np.random.default_rng(0)
print("np.random.default_rng(0)  rng.random(3):     ", rng.random(3).round(4))

# torch: torch.manual_seed seeds the CPU generator and the generator of every GPU.
torch.manual_seed(0)
print("torch.manual_seed(0)      torch.rand(3):     ", torch.rand(3))

# %% independent
# The generators know nothing of each other. Seeding torch does not restart NumPy:
np.random.seed(0)
first_numpy_draw = np.random.rand()
torch.manual_seed(0)
second_numpy_draw = np.random.rand()
print(f"np.random.rand() after torch.manual_seed(0): {second_numpy_draw:.4f}, "
      f"the second number of NumPy's seed-0 sequence, not the first ({first_numpy_draw:.4f})")
assert second_numpy_draw != first_numpy_draw

# A Generator object is not moved by anyone else's draws: a library that calls np.random.* or
# draws from its own Generator does not shift the numbers your Generator gives.
rng = np.random.default_rng(0)
np.random.rand(1000)  # someone else's draws from the global generator
other_library = np.random.default_rng(0)
other_library.random(1000)  # and from another Generator
rng_draw = rng.random()
print(f"rng.random() after 2000 draws by others: {rng_draw:.4f}, its first number as above")
assert rng_draw == np.random.default_rng(0).random()

# The same holds for a torch.Generator, which any torch function that draws accepts.
shuffle_generator = torch.Generator().manual_seed(0)
torch.rand(1000)  # draws from the global generator
permutation = torch.randperm(6, generator=shuffle_generator)
print("torch.randperm(6, generator=shuffle_generator) after 1000 global draws:", permutation)
assert torch.equal(permutation, torch.randperm(6, generator=torch.Generator().manual_seed(0)))

# %% seed-everything
accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")


def seed_everything(seed):
    """Seed every global generator a training script draws from when it is not given one of its own."""
    random.seed(seed)  # Python's random: shuffles, random choices in augmentations
    np.random.seed(seed)  # NumPy's legacy global generator: np.random.rand, np.random.normal, ...
    torch.manual_seed(seed)  # torch's CPU generator and every GPU's: initialisation, dropout, shuffling


seed_everything(0)
if device.type == "cuda":
    assert torch.cuda.initial_seed() == 0  # manual_seed seeded the GPU's generator too

# %% training
images, labels = load_mnist("test")  # offline, only the 10,000 test images: 1,000 of them here
images = images[:1000].float() / 255
labels = labels[:1000]


class AugmentedDigits(Dataset):
    """Digits shifted sideways by a random number of pixels (Python's random), plus NumPy noise."""

    def __init__(self, images, labels):
        self.images, self.labels = images, labels

    def __len__(self):
        return len(self.images)

    def __getitem__(self, index):
        shift = random.randint(-2, 2)  # draws from Python's random
        image = torch.roll(self.images[index], shifts=shift, dims=1)
        noise = np.random.normal(0.0, 0.1, size=image.shape).astype(np.float32)  # from NumPy's global generator
        return image + torch.from_numpy(noise), self.labels[index]


def train(seed, epochs=2):
    """A small training that draws from all three generators; returns the final weights and loss."""
    seed_everything(seed)
    loader = DataLoader(AugmentedDigits(images, labels), batch_size=50, shuffle=True)  # shuffles with torch's
    model = nn.Sequential(nn.Flatten(), nn.Linear(784, 64), nn.ReLU(), nn.Dropout(0.2),  # initialisation and
                          nn.Linear(64, 10)).to(device)  # dropout draw from torch's generator
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    for _ in range(epochs):
        for x, y in loader:
            loss = nn.functional.cross_entropy(model(x.to(device)), y.to(device))
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
    return {name: value.cpu() for name, value in model.state_dict().items()}, loss.item()


weights_a, loss_a = train(seed=0)
weights_b, loss_b = train(seed=0)
weights_c, loss_c = train(seed=1)
same_seed_identical = all(torch.equal(weights_a[name], weights_b[name]) for name in weights_a)
seed_difference = max((weights_a[name] - weights_c[name]).abs().max().item() for name in weights_a)
print(f"seed 0: last loss {loss_a:.6f}")
print(f"seed 0: last loss {loss_b:.6f}   every weight bit-identical to the first run: {same_seed_identical}")
print(f"seed 1: last loss {loss_c:.6f}   largest weight difference from seed 0: {seed_difference:.4f}")
assert same_seed_identical and loss_a == loss_b
assert seed_difference > 0.01

"""Exercise 1: how many batches 50,000 training images make in batches of 128, with and without drop_last."""
import torch
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)  # the same random numbers on every run
indices = TensorDataset(torch.arange(50_000))  # stands in for CIFAR-10's training set: only the count matters
for drop_last in (False, True):
    sizes = [len(batch) for (batch,) in DataLoader(indices, batch_size=128, shuffle=True, drop_last=drop_last)]
    print(f"drop_last={drop_last!s:5}: {len(sizes)} batches, the last of {sizes[-1]}, {50_000 - sum(sizes)} images left out")
full_batches, remainder = divmod(50_000, 128)
print("50,000 = 128 *", full_batches, "+", remainder)

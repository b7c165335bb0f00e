# %% batches
"""DataLoader's options by running them: batch_size, shuffle with a seeded generator, drop_last."""
import torch
from torch.utils.data import DataLoader, TensorDataset

from tutorial_data import load_cifar10

torch.manual_seed(0)  # the same random numbers on every run
# Ten items whose inputs are their own indices, so every batch shows which items it holds.
numbers = TensorDataset(torch.arange(10), torch.arange(10) * 10)
loader = DataLoader(numbers, batch_size=4)
for inputs, targets in loader:
    print("inputs", inputs.tolist(), " targets", targets.tolist())
print("len(loader):", len(loader), "batches")

images, labels = load_cifar10("test")
image_batch, label_batch = next(iter(DataLoader(TensorDataset(images, labels), batch_size=64)))
print("one CIFAR-10 batch:", tuple(image_batch.shape), image_batch.dtype, tuple(label_batch.shape), label_batch.dtype)
print("images of each class in it:", label_batch.bincount(minlength=10).tolist())

# %% shuffle
# A generator of its own makes the order repeatable and independent of every other random draw.
shuffled = DataLoader(numbers, batch_size=4, shuffle=True, generator=torch.Generator().manual_seed(0))
for epoch in range(3):
    print(f"epoch {epoch}:", [inputs.tolist() for inputs, targets in shuffled])

again = DataLoader(numbers, batch_size=4, shuffle=True, generator=torch.Generator().manual_seed(0))
first_epoch_again = [inputs.tolist() for inputs, targets in again]
print("a new loader with the same seed, epoch 0:", first_epoch_again)

cifar_shuffled = DataLoader(TensorDataset(images, labels), batch_size=64, shuffle=True,
                            generator=torch.Generator().manual_seed(0))
image_batch, label_batch = next(iter(cifar_shuffled))
print("a shuffled CIFAR-10 batch, images of each class:", label_batch.bincount(minlength=10).tolist())

# %% drop-last
for drop_last in (False, True):
    loader = DataLoader(numbers, batch_size=4, drop_last=drop_last)
    print(f"drop_last={drop_last!s:5}: batch sizes {[len(inputs) for inputs, targets in loader]}, len(loader) = {len(loader)}")

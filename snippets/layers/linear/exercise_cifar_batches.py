"""Exercise: the batches a DataLoader makes of the 10,000 CIFAR-10 test images, with and without drop_last."""
import torch
from torch.utils.data import DataLoader, TensorDataset
from tutorial_data import load_cifar10

torch.manual_seed(0)  # the same random numbers on every run
images, labels = load_cifar10("test")
dataset = TensorDataset(images, labels)
for drop_last in (False, True):
    sizes = [len(batch_images) for batch_images, batch_labels in
             DataLoader(dataset, batch_size=64, drop_last=drop_last)]
    print(f"drop_last={drop_last!s:5}: {len(sizes)} batches, last one {sizes[-1]}, "
          f"{len(dataset) - sum(sizes)} images never seen")

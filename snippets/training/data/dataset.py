# %% map-style
"""A Dataset written by hand, then the ready-made TensorDataset, then an IterableDataset."""
import io

import torch
from torch.utils.data import DataLoader, Dataset, IterableDataset, TensorDataset

from tutorial_data import CIFAR10_CLASSES, load_cifar10

torch.manual_seed(0)  # the same random numbers on every run


class CIFAR10Tensors(Dataset):
    """CIFAR-10 held in memory as one uint8 tensor; item i is (image i, label i)."""

    def __init__(self, images, labels, transform=None):
        self.images = images
        self.labels = labels
        self.transform = transform

    def __len__(self):
        return len(self.labels)

    def __getitem__(self, index):
        image = self.images[index]
        if self.transform is not None:
            image = self.transform(image)
        return image, self.labels[index]


images, labels = load_cifar10("test")
dataset = CIFAR10Tensors(images, labels)
print("len(dataset):", len(dataset))
image, label = dataset[7]
print("dataset[7]:  ", tuple(image.shape), image.dtype, "label", label.item(), CIFAR10_CLASSES[label])

# A transform runs on each item as it is fetched, so the stored tensor stays uint8.
scaled = CIFAR10Tensors(images, labels, transform=lambda image: image.float() / 255)
image, label = scaled[7]
print("with a transform:", tuple(image.shape), image.dtype, f"values {image.min():.2f} to {image.max():.2f}")

# %% tensor-dataset
pairs = TensorDataset(images, labels)  # item i is (images[i], labels[i]): no class to write
image, label = pairs[7]
print("TensorDataset[7]:", tuple(image.shape), image.dtype, "label", label.item())
try:
    TensorDataset(images, labels[:100])
except AssertionError as error:
    print("AssertionError:", error)


# %% iterable
class CSVRows(IterableDataset):
    """Rows of a CSV text read one after another, as from a file too large to index."""

    def __init__(self, text):
        self.text = text

    def __iter__(self):
        for line in io.StringIO(self.text):
            x, y = line.split(",")
            yield torch.tensor(float(x)), torch.tensor(float(y))


rows = CSVRows("1,2\n2,4\n3,6\n4,8\n5,10\n")
for x, y in DataLoader(rows, batch_size=2):
    print("x", x.tolist(), " y", y.tolist())
try:
    len(rows)
except TypeError as error:
    print("TypeError:", error)

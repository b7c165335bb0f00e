"""Exercise 2: split the offline MNIST into 8,000 training and 2,000 held-out images; Normalize's mean and std from the training part."""
import torch
from torch.utils.data import TensorDataset, random_split

from tutorial_data import load_mnist

images, labels = load_mnist("test")  # the offline copy has only the 10,000 official test images
train_part, held_out = random_split(TensorDataset(images, labels), [8000, 2000], generator=torch.Generator().manual_seed(0))
print("parts:", len(train_part), len(held_out))

train_pixels = images[train_part.indices].float() / 255
print(f"mean {train_pixels.mean():.4f}, std {train_pixels.std():.4f}")

"""The per-channel mean and standard deviation of CIFAR-10's training images, the numbers Normalize needs."""
import torch
from torch.utils.data import DataLoader, TensorDataset

from tutorial_data import load_cifar10

torch.manual_seed(0)  # the same random numbers on every run
images, labels = load_cifar10("train")  # the training set only: the test set must stay unseen

# Sums over batches, so the same code works for a dataset too large to hold as floats at once.
# float64, because a sum of 51 million squares loses digits in float32.
pixel_sum = torch.zeros(3, dtype=torch.float64)
squared_sum = torch.zeros(3, dtype=torch.float64)
per_image_std_sum = torch.zeros(3, dtype=torch.float64)
pixels_per_channel = 0
for (batch,) in DataLoader(TensorDataset(images), batch_size=5000):
    batch = batch.to(torch.float64) / 255
    pixel_sum += batch.sum(dim=(0, 2, 3))
    squared_sum += (batch ** 2).sum(dim=(0, 2, 3))
    per_image_std_sum += batch.std(dim=(2, 3)).sum(dim=0)
    pixels_per_channel += batch.shape[0] * batch.shape[2] * batch.shape[3]

mean = pixel_sum / pixels_per_channel
std = (squared_sum / pixels_per_channel - mean ** 2).sqrt()  # variance = mean of squares - square of mean
print("mean:", [round(value, 4) for value in mean.tolist()])
print("std: ", [round(value, 4) for value in std.tolist()])
print("average of each image's own std:", [round(value, 4) for value in (per_image_std_sum / len(images)).tolist()])

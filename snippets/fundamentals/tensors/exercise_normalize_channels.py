"""Exercise 2: give each colour channel of a CIFAR-10 batch mean 0 and standard deviation 1."""
import torch
from tutorial_data import load_cifar10

images, labels = load_cifar10("test")
batch = images[:1000].float() / 255  # uint8 in 0..255 -> float32 in [0, 1]
print("batch:", tuple(batch.shape), batch.dtype)

# Statistics over the images, rows and columns, one per channel; keepdim keeps (1, 3, 1, 1)
# so that they broadcast against (N, 3, 32, 32) channel by channel.
mean = batch.mean(dim=(0, 2, 3), keepdim=True)
std = batch.std(dim=(0, 2, 3), keepdim=True)
print("mean and std have shape", tuple(mean.shape))
normalized = (batch - mean) / std

print("per-channel mean before:", [round(m, 3) for m in mean.flatten().tolist()])
print("per-channel std before: ", [round(s, 3) for s in std.flatten().tolist()])
print("per-channel mean after: ", [round(abs(m), 3) for m in normalized.mean(dim=(0, 2, 3)).tolist()])
print("per-channel std after:  ", [round(s, 3) for s in normalized.std(dim=(0, 2, 3)).tolist()])

"""Exercise: MaxPool2d(2) and AvgPool2d(2) written as a reshape into 2x2 blocks."""
import torch
from torch import nn

torch.manual_seed(0)
images = torch.rand(4, 3, 32, 32)
n, c, h, w = images.shape
# Split height into (16 blocks, 2 rows) and width into (16 blocks, 2 columns).
blocks = images.reshape(n, c, h // 2, 2, w // 2, 2)
assert torch.equal(blocks.amax(dim=(3, 5)), nn.MaxPool2d(2)(images))
assert torch.allclose(blocks.mean(dim=(3, 5)), nn.AvgPool2d(2)(images))
print("max over the 2x2 blocks equals MaxPool2d(2):", tuple(blocks.amax(dim=(3, 5)).shape))
print("mean over the 2x2 blocks equals AvgPool2d(2):", tuple(blocks.mean(dim=(3, 5)).shape))

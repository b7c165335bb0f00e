"""nn.MaxPool2d(kernel_size=3) on the 5x5 worked-example input, with ceil_mode off and on."""
import torch
from torch import nn

image = torch.tensor([[1, 2, 0, 3, 1],
                      [0, 1, 2, 3, 1],
                      [1, 2, 1, 0, 0],
                      [2, 1, 0, 1, 1],
                      [2, 1, 0, 1, 1]], dtype=torch.float32)
image = torch.reshape(image, (1, 1, 5, 5))  # (batch, channels, height, width)

pool = nn.MaxPool2d(kernel_size=3)
print(pool)  # stride was not given, so it equals kernel_size: the windows do not overlap
print("ceil_mode=False (a window that would run off the edge is dropped):")
print(pool(image))

pool_ceil = nn.MaxPool2d(kernel_size=3, ceil_mode=True)
print("ceil_mode=True (a window that runs off the edge is kept, over the pixels it covers):")
print(pool_ceil(image))

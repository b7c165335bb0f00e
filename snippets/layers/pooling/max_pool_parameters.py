# %% stride
"""nn.MaxPool2d's stride, padding and dilation on the 5x5 worked-example input."""
import torch
from torch import nn

image = torch.tensor([[1, 2, 0, 3, 1],
                      [0, 1, 2, 3, 1],
                      [1, 2, 1, 0, 0],
                      [2, 1, 0, 1, 1],
                      [2, 1, 0, 1, 1]], dtype=torch.float32).reshape(1, 1, 5, 5)

# stride=1: overlapping 3x3 windows, one for every position where the window fits.
print(nn.MaxPool2d(kernel_size=3, stride=1)(image))

# %% padding
# Max pooling pads with -infinity, not zero, so the border can never win a window.
pool = nn.MaxPool2d(kernel_size=3, stride=1, padding=1)
print("padding=1 keeps the 5x5 size:\n", pool(image))
print("on image - 10, all negative, no 0 from the border appears:\n", pool(image - 10))
try:
    nn.MaxPool2d(kernel_size=3, padding=2)(image)
except RuntimeError as error:
    print("RuntimeError:", error)

# %% dilation
# dilation=2: a 2x2 window whose taps are two pixels apart, so it spans 3x3.
print(nn.MaxPool2d(kernel_size=2, stride=1, dilation=2)(image))

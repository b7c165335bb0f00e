# %% by-hand
"""A transposed convolution by hand: every input pixel stamps a scaled copy of the kernel, and overlaps add up."""
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)  # the same random numbers on every run
image = torch.tensor([[1, 2],
                      [3, 4]], dtype=torch.float32)
kernel = torch.tensor([[1, 2, 1],  # the kernel of the convolution chapter's worked example
                       [0, 1, 0],
                       [2, 1, 0]], dtype=torch.float32)
stride = 2

# The full output: (in - 1) * stride + kernel_size = 5 pixels each way.
size = (image.shape[0] - 1) * stride + kernel.shape[0]
stamped = torch.zeros(size, size)
for row in range(image.shape[0]):
    for column in range(image.shape[1]):
        top, left = row * stride, column * stride
        # A scatter-add: the stamp is added to what earlier stamps left there.
        stamped[top:top + 3, left:left + 3] += image[row, column] * kernel
print("the four stamps added up (stride 2):")
print(stamped)

# The centre pixel is the one place all four stamps overlap: 1·0 + 2·2 + 3·1 + 4·1.
centre = 1 * kernel[2, 2] + 2 * kernel[2, 0] + 3 * kernel[0, 2] + 4 * kernel[0, 0]
assert stamped[2, 2] == centre
print("centre:", centre.item())

# %% layer
# F.conv_transpose2d wants (batch, channels, H, W) and a kernel of (in_channels, out_channels, kH, kW).
by_function = F.conv_transpose2d(image.reshape(1, 1, 2, 2), kernel.reshape(1, 1, 3, 3), stride=stride)
assert torch.equal(by_function[0, 0], stamped)

layer = nn.ConvTranspose2d(in_channels=1, out_channels=1, kernel_size=3, stride=2, bias=False)
with torch.no_grad():
    layer.weight.copy_(kernel.reshape(1, 1, 3, 3))
assert torch.equal(layer(image.reshape(1, 1, 2, 2))[0, 0], stamped)
print("F.conv_transpose2d and nn.ConvTranspose2d give the stamped 5x5: True")

# With stride 1 the stamps are one pixel apart and overlap more: (2 - 1) * 1 + 3 = 4.
print("stride 1:")
print(F.conv_transpose2d(image.reshape(1, 1, 2, 2), kernel.reshape(1, 1, 3, 3), stride=1)[0, 0])

# %% weight-shape
# The weight's first two dimensions are swapped compared with Conv2d: (in, out, kH, kW).
print("Conv2d(3, 6, 3).weight:         ", tuple(nn.Conv2d(3, 6, 3).weight.shape))
print("ConvTranspose2d(3, 6, 3).weight:", tuple(nn.ConvTranspose2d(3, 6, 3).weight.shape))
# Kernels laid out for a Conv2d(3, 6) do not fit a ConvTranspose2d(3, 6).
conv_shaped_kernels = torch.rand(6, 3, 3, 3)
try:
    with torch.no_grad():
        nn.ConvTranspose2d(3, 6, 3).weight.copy_(conv_shaped_kernels)
except RuntimeError as error:
    print("RuntimeError:", error)

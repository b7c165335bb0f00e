"""The worked example: F.conv2d on a 5x5 input with a 3x3 kernel, at stride 1, stride 2 and padding 1."""
import torch
import torch.nn.functional as F

image = torch.tensor([[1, 2, 0, 3, 1],
                      [0, 1, 2, 3, 1],
                      [1, 2, 1, 0, 0],
                      [2, 1, 0, 1, 1],
                      [2, 1, 0, 1, 1]])
kernel = torch.tensor([[1, 2, 1],
                       [0, 1, 0],
                       [2, 1, 0]])

# F.conv2d wants 4-D tensors: the input as (batch, channels, height, width)
# and the kernel as (out_channels, in_channels, kernel height, kernel width).
image = torch.reshape(image, (1, 1, 5, 5))
kernel = torch.reshape(kernel, (1, 1, 3, 3))
print("input shape:", tuple(image.shape), " kernel shape:", tuple(kernel.shape))

# The top-left output: lay the kernel on the top-left 3x3 patch, multiply, add up.
top_left_patch = image[0, 0, 0:3, 0:3]
print("top-left patch * kernel, summed:", (top_left_patch * kernel[0, 0]).sum().item())

print("stride 1 (the kernel moves one pixel at a time):")
print(F.conv2d(image, kernel, stride=1))
print("stride 2 (it jumps two pixels):")
print(F.conv2d(image, kernel, stride=2))
print("padding 1 (a border of zeros first, so the output keeps the 5x5 size):")
print(F.conv2d(image, kernel, stride=1, padding=1))

# %% global
"""Adaptive pooling: the output size is fixed and the windows adapt to whatever input size arrives."""
import torch
from torch import nn

torch.manual_seed(0)
features = torch.rand(8, 64, 7, 7)  # e.g. the last feature maps of a CNN

# Global average pooling: one number per channel, the mean of its whole map.
global_pool = nn.AdaptiveAvgPool2d((1, 1))
pooled = global_pool(features)
print("AdaptiveAvgPool2d((1, 1)):", tuple(features.shape), "->", tuple(pooled.shape))
assert torch.allclose(pooled, features.mean(dim=(2, 3), keepdim=True))
print("equal to the mean over height and width: True")

# %% fixed-size
# Any input size gives the same output size.
to_3x3 = nn.AdaptiveAvgPool2d((3, 3))
max_to_3x3 = nn.AdaptiveMaxPool2d((3, 3))
for height, width in ((32, 32), (17, 23), (9, 9), (64, 48)):
    image = torch.rand(1, 3, height, width)
    print(f"input {f'{height}x{width}':6} avg -> {tuple(to_3x3(image).shape)}  max -> {tuple(max_to_3x3(image).shape)}")

# %% windows
# On a 9x9 input the windows are 3x3 and do not overlap: exactly AvgPool2d(3).
image = torch.rand(1, 3, 9, 9)
assert torch.allclose(to_3x3(image), nn.AvgPool2d(3)(image))
print("on 9x9, AdaptiveAvgPool2d((3, 3)) equals AvgPool2d(3): True")

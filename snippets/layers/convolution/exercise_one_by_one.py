"""Exercise: a 1x1 convolution is a Linear layer applied to every pixel's channel vector."""
import torch
from torch import nn

torch.manual_seed(0)
conv = nn.Conv2d(in_channels=16, out_channels=4, kernel_size=1)
linear = nn.Linear(in_features=16, out_features=4)
with torch.no_grad():
    linear.weight.copy_(conv.weight.reshape(4, 16))  # (4, 16, 1, 1) -> (out_features, in_features)
    linear.bias.copy_(conv.bias)

features = torch.rand(2, 16, 8, 8)
with torch.no_grad():
    by_conv = conv(features)
    # Move channels last so that Linear sees one 16-vector per pixel, then move them back.
    by_linear = linear(features.permute(0, 2, 3, 1)).permute(0, 3, 1, 2)
print("outputs:", tuple(by_conv.shape), tuple(by_linear.shape))
print("equal up to rounding:", torch.allclose(by_conv, by_linear, atol=1e-6))
assert torch.allclose(by_conv, by_linear, atol=1e-6)

"""Exercise: kaiming_normal_ and kaiming_uniform_ for a Conv2d weight, written by hand."""
import math

import torch
from torch import nn

torch.manual_seed(0)
conv = nn.Conv2d(32, 64, kernel_size=3)
out_channels, in_channels, kernel_height, kernel_width = conv.weight.shape
fan_in = in_channels * kernel_height * kernel_width  # what each output value sums over
gain = math.sqrt(2)  # for ReLU
std = gain / math.sqrt(fan_in)
bound = math.sqrt(3) * std  # a uniform on [-b, b] has std b / sqrt(3)
print(f"fan_in = {in_channels}·{kernel_height}·{kernel_width} = {fan_in}, std = {std:.5f}, bound = {bound:.5f}")

# The same random numbers, drawn by nn.init and by hand.
torch.manual_seed(0)
nn.init.kaiming_normal_(conv.weight, nonlinearity="relu")
torch.manual_seed(0)
with torch.no_grad():
    by_hand = torch.randn(conv.weight.shape) * std
print("kaiming_normal_ equals randn · std exactly:", torch.equal(conv.weight, by_hand))
assert torch.equal(conv.weight, by_hand)

torch.manual_seed(0)
nn.init.kaiming_uniform_(conv.weight, nonlinearity="relu")
torch.manual_seed(0)
with torch.no_grad():
    by_hand = torch.rand(conv.weight.shape) * 2 * bound - bound  # U(0, 1) stretched to U(-b, b)
# The same draws, rounded in another order: equal up to float32's last bits.
largest_difference = (conv.weight - by_hand).abs().max().item()
print(f"kaiming_uniform_ equals U(-bound, bound) up to {largest_difference:.1e}")
assert torch.allclose(conv.weight, by_hand)

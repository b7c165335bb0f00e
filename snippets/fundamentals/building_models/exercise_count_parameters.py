"""Exercise 1: count a small network's parameters by hand, then check with numel()."""
import torch
from torch import nn

torch.manual_seed(0)  # the same random numbers on every run
model = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10))

# Each Linear(in, out) has an out x in weight and out biases; ReLU has none.
by_hand = (784 * 128 + 128) + (128 * 10 + 10)
counted = sum(p.numel() for p in model.parameters())
print("by hand:", by_hand)
print("counted:", counted)
assert by_hand == counted == 101_770

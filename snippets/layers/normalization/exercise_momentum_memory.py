"""Exercise: how many batches until momentum=0.1 has forgotten 99% of the initial running_mean."""
import math

import torch
from torch import nn

# After n batches the initial value keeps the weight 0.9ⁿ.
print("0.9**n < 0.01 from n =", math.ceil(math.log(0.01) / math.log(0.9)))

layer = nn.BatchNorm1d(1, momentum=0.1)
batch = torch.tensor([[0.0], [2.0]])  # mean 1, starting from running_mean 0
for n in range(1, 101):
    layer(batch)
    if layer.running_mean.item() > 0.99:
        print(f"running_mean passes 0.99 after {n} batches: {layer.running_mean.item():.4f}")
        break

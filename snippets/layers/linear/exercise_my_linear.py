"""Exercise: write Linear yourself, initialised like nn.Linear, and check it against nn.Linear."""
import math

import torch
from torch import nn


class MyLinear(nn.Module):
    def __init__(self, in_features, out_features):
        super().__init__()
        bound = 1 / math.sqrt(in_features)
        # (out_features, in_features), like nn.Linear, so that forward uses weight.T
        self.weight = nn.Parameter(torch.empty(out_features, in_features).uniform_(-bound, bound))
        self.bias = nn.Parameter(torch.empty(out_features).uniform_(-bound, bound))

    def forward(self, x):
        return x @ self.weight.T + self.bias


torch.manual_seed(0)
mine = MyLinear(3072, 10)
torch.manual_seed(0)
theirs = nn.Linear(3072, 10)
x = torch.randn(64, 3072)
print("same weights:", torch.equal(mine.weight, theirs.weight), " same bias:", torch.equal(mine.bias, theirs.bias))
print("same outputs:", torch.allclose(mine(x), theirs(x), atol=1e-6), tuple(mine(x).shape))

"""nn.Sequential: layers called in order, named or numbered, indexed and sliced like a list."""
# %% build
from collections import OrderedDict

import torch
from torch import nn

torch.manual_seed(0)
numbered = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
print(numbered)

named = nn.Sequential(OrderedDict([
    ("hidden", nn.Linear(4, 8)),
    ("activation", nn.ReLU()),
    ("output", nn.Linear(8, 2)),
]))
print(named)

# %% access
print("numbered[0]:  ", numbered[0])
print("numbered[-1]: ", numbered[-1])
print("named.output: ", named.output)
print("len(named):   ", len(named))
first_two = named[:2]  # a slice is a new Sequential that shares the same layers
print("named[:2]:    ", first_two)
print("shares the layer:", first_two.hidden is named.hidden)
x = torch.randn(3, 4)
print("hidden features of 3 samples:", tuple(first_two(x).shape), " outputs:", tuple(named(x).shape))

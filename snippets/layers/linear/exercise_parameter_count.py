"""Exercise: count the parameters of the notes' Linear(196608, 10) and of the fixed Linear(3072, 10)."""
import torch
from torch import nn

torch.manual_seed(0)  # the same random numbers on every run


def count(layer):
    return sum(p.numel() for p in layer.parameters())


for in_features in (196608, 3072):
    layer = nn.Linear(in_features, 10)
    by_formula = in_features * 10 + 10
    print(f"Linear({in_features}, 10): {count(layer):,} parameters, formula in * out + out = {by_formula:,}")
print("ratio:", round(count(nn.Linear(196608, 10)) / count(nn.Linear(3072, 10)), 1))

# %% wrong
"""Layers stacked without activation functions collapse into one linear map."""
import torch
from torch import nn

torch.manual_seed(0)
no_activation = nn.Sequential(nn.Linear(1024, 64), nn.Linear(64, 10))

one_layer = nn.Linear(1024, 10)
with torch.no_grad():
    first, second = no_activation
    one_layer.weight.copy_(second.weight @ first.weight)
    one_layer.bias.copy_(second.weight @ first.bias + second.bias)

x = torch.randn(8, 1024)
print("Linear(1024, 64) + Linear(64, 10) == one Linear(1024, 10):",
      torch.allclose(no_activation(x), one_layer(x), atol=1e-5))

# %% right
with_activation = nn.Sequential(nn.Linear(1024, 64), nn.ReLU(), nn.Linear(64, 10))
x1, x2 = torch.randn(2, 1, 1024)
zero = torch.zeros(1, 1024)
for name, model in (("without ReLU", no_activation), ("with ReLU", with_activation)):
    # A linear (affine) map f satisfies f(x1 + x2) = f(x1) + f(x2) - f(0).
    gap = (model(x1 + x2) - (model(x1) + model(x2) - model(zero))).abs().max().item()
    print(f"{name:12s}: largest gap from linearity {gap:.2g}")

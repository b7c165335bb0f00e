# %% shape
"""Two claims about nn.Linear checked: the weight's shape, and what the bias does."""
import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(in_features=3, out_features=2)
print("Linear(3, 2).weight:", tuple(layer.weight.shape), " bias:", tuple(layer.bias.shape))

x = torch.randn(5, 3)
assert torch.allclose(layer(x), x @ layer.weight.T + layer.bias)
print("layer(x) == x @ weight.T + bias")

# %% bias
first, second = nn.Linear(3, 4), nn.Linear(4, 2)  # with biases, nothing between them
merged = nn.Linear(3, 2)
with torch.no_grad():
    merged.weight.copy_(second.weight @ first.weight)
    merged.bias.copy_(second.weight @ first.bias + second.bias)
print("two biased layers == one layer:", torch.allclose(second(first(x)), merged(x), atol=1e-6))

stacked_with_relu = nn.Sequential(first, nn.ReLU(), second)
print("with a ReLU between them:      ", torch.allclose(stacked_with_relu(x), merged(x), atol=1e-6))

"""nn.Linear computes y = x @ W.T + b: check it against the formula written out by hand."""
import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(in_features=4, out_features=3)
x = torch.randn(2, 4)  # a batch of 2 samples with 4 features each

print("weight:", tuple(layer.weight.shape), " bias:", tuple(layer.bias.shape))
y_layer = layer(x)
y_by_hand = x @ layer.weight.T + layer.bias
print("layer(x):\n", y_layer)
print("same as x @ W.T + b:", torch.allclose(y_layer, y_by_hand))

# One output unit is a dot product of one row of W with the sample, plus one bias.
first_sample_second_unit = (x[0] * layer.weight[1]).sum() + layer.bias[1]
print("y[0, 1] by a dot product:", round(first_sample_second_unit.item(), 4),
      " layer:", round(y_layer[0, 1].item(), 4))

# The layer acts on the last dimension only: any leading dimensions are kept.
print("input (5, 7, 4) -> output", tuple(layer(torch.randn(5, 7, 4)).shape))

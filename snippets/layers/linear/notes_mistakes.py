"""Two claims of the source notes, tested: the weight's shape, and whether the bias is a nonlinearity."""
# %% shape
import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(in_features=4, out_features=3)
x = torch.randn(2, 4)
print("Linear(4, 3).weight has shape", tuple(layer.weight.shape), "= (out_features, in_features)")
try:
    x @ layer.weight  # the formula x @ W would need W of shape (in, out)
except RuntimeError as error:
    print("x @ W fails:", error)
print("x @ W.T + b works:", tuple((x @ layer.weight.T + layer.bias).shape))

# %% affine
x1, x2 = torch.randn(2, 4), torch.randn(2, 4)
zero = torch.zeros(2, 4)
f = layer  # the function x -> x @ W.T + b
# A linear map would satisfy f(x1 + x2) == f(x1) + f(x2). The bias breaks that ...
print("f(x1 + x2) == f(x1) + f(x2):       ", torch.allclose(f(x1 + x2), f(x1) + f(x2)))
# ... only by counting b twice; subtract it once (f(0) = b) and the identity holds.
print("f(x1 + x2) == f(x1) + f(x2) - f(0):", torch.allclose(f(x1 + x2), f(x1) + f(x2) - f(zero)))

# So two Linear layers in a row, biases and all, are one Linear layer.
second = nn.Linear(3, 2)
merged = nn.Linear(4, 2)
with torch.no_grad():
    merged.weight.copy_(second.weight @ layer.weight)
    merged.bias.copy_(second.weight @ layer.bias + second.bias)
print("second(first(x)) == merged(x):     ", torch.allclose(second(layer(x)), merged(x), atol=1e-6))

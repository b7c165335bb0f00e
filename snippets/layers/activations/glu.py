"""GLU halves its input along a dimension and lets one half gate the other."""
import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(2, 6)
gated = nn.GLU(dim=-1)(x)
first_half, second_half = x.chunk(2, dim=-1)
print("input shape", tuple(x.shape), "-> output shape", tuple(gated.shape))
assert torch.allclose(gated, first_half * torch.sigmoid(second_half))
print("GLU(x) == a * sigmoid(b), with a, b the two halves of x")

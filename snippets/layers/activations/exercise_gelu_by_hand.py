"""Exercise: SiLU and GELU written from their formulas match torch.nn's modules."""
import math

import torch
from torch import nn

x = torch.linspace(-5, 5, 1001)

silu = x * torch.sigmoid(x)
gelu_exact = x * 0.5 * (1 + torch.erf(x / math.sqrt(2)))  # x times the normal CDF at x
gelu_tanh = 0.5 * x * (1 + torch.tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * x**3)))

assert torch.allclose(silu, nn.SiLU()(x), atol=1e-6)
assert torch.allclose(gelu_exact, nn.GELU()(x), atol=1e-6)
assert torch.allclose(gelu_tanh, nn.GELU(approximate="tanh")(x), atol=1e-6)
print("SiLU, GELU and GELU(approximate='tanh') match their formulas")
tanh_gap = (gelu_exact - gelu_tanh).abs().max().item()
silu_gap = (gelu_exact - silu).abs().max().item()
print(f"largest gap between exact GELU and its tanh approximation: {tanh_gap:.1e}")
print(f"largest gap between GELU and SiLU: {silu_gap:.3f}")

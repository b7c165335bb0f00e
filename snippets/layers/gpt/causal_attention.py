# %% one-head
"""Causal self-attention by hand (mask above the diagonal, softmax, scale by √d), checked against scaled_dot_product_attention."""
import math

import torch
import torch.nn.functional as F

torch.manual_seed(0)
L, d = 4, 8  # 4 characters, 8 numbers each
q, k, v = torch.randn(3, L, d).unbind(0)

scores = q @ k.T / math.sqrt(d)  # (L, L): how much query i matches key j
future = torch.triu(torch.ones(L, L, dtype=torch.bool), diagonal=1)  # True above the diagonal: j > i
masked = scores.masked_fill(future, float("-inf"))
weights = masked.softmax(dim=-1)  # exp(-inf) = 0: no weight on any later position
output = weights @ v
torch.set_printoptions(precision=3, sci_mode=False)
print("scores, masked:\n", masked)
print("weights (each row sums to 1):\n", weights)

reference = F.scaled_dot_product_attention(q, k, v, is_causal=True)
assert torch.allclose(output, reference, atol=1e-6)
print("equal to scaled_dot_product_attention(q, k, v, is_causal=True): True")
# The first position can only see itself, so its output is exactly its own value.
assert torch.allclose(output[0], v[0])

# %% multi-head
N, L, E, n_heads = 2, 6, 16, 4
q, k, v = torch.randn(3, N, L, E).unbind(0)  # stand-ins for the three projections of the input
# Cut E into 4 heads of 4 numbers: (N, L, E) -> (N, heads, L, E / heads).
q, k, v = (t.view(N, L, n_heads, E // n_heads).transpose(1, 2) for t in (q, k, v))
scores = q @ k.transpose(-2, -1) / math.sqrt(E // n_heads)  # scaled by the head's size, not E
future = torch.triu(torch.ones(L, L, dtype=torch.bool), diagonal=1)
heads = scores.masked_fill(future, float("-inf")).softmax(dim=-1) @ v  # (N, heads, L, E / heads)
assert torch.allclose(heads, F.scaled_dot_product_attention(q, k, v, is_causal=True), atol=1e-6)
output = heads.transpose(1, 2).reshape(N, L, E)  # the heads side by side again
print("per-head output", tuple(heads.shape), "-> joined", tuple(output.shape))
print("4 heads, each masked and scaled by √4, equal scaled_dot_product_attention: True")

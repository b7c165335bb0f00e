"""Exercise: F.scaled_dot_product_attention, and its boolean mask that means the opposite."""
import math

import torch
import torch.nn.functional as F

torch.manual_seed(0)
Q, K, V = torch.randn(3, 2, 5, 8).unbind(0)  # (N, L, E) each

by_hand = (Q @ K.transpose(-2, -1) / math.sqrt(8)).softmax(dim=-1) @ V
assert torch.allclose(F.scaled_dot_product_attention(Q, K, V), by_hand, atol=1e-6)
print("scaled_dot_product_attention = softmax(Q Kᵀ / √d) V")

# For this function True means "may attend"; for nn.MultiheadAttention True means "masked".
allowed = torch.tril(torch.ones(5, 5, dtype=torch.bool))
masked_scores = (Q @ K.transpose(-2, -1) / math.sqrt(8)).masked_fill(~allowed, float("-inf"))
causal_by_hand = masked_scores.softmax(dim=-1) @ V
assert torch.allclose(F.scaled_dot_product_attention(Q, K, V, attn_mask=allowed), causal_by_hand, atol=1e-6)
assert torch.allclose(F.scaled_dot_product_attention(Q, K, V, is_causal=True), causal_by_hand, atol=1e-6)
print("attn_mask=tril(ones) and is_causal=True give the causal attention")

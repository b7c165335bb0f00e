# %% one-head
"""Self-attention written by hand and checked against nn.MultiheadAttention."""
import math

import torch
from torch import nn

torch.manual_seed(0)
torch.set_grad_enabled(False)  # nothing is trained here
batch_size, seq_len, embed_dim = 2, 4, 8
x = torch.randn(batch_size, seq_len, embed_dim)  # 4 tokens of 8 numbers each

to_query, to_key, to_value = (nn.Linear(embed_dim, embed_dim) for _ in range(3))
to_output = nn.Linear(embed_dim, embed_dim)

Q, K, V = to_query(x), to_key(x), to_value(x)           # each (N, L, E)
scores = Q @ K.transpose(1, 2) / math.sqrt(embed_dim)   # (N, L, L): query i against key j
weights = scores.softmax(dim=-1)                        # each row sums to 1
by_hand = to_output(weights @ V)                        # a weighted sum of values, then a projection
print("weights of the first sequence (row = query, column = key):")
print(weights[0].round(decimals=3))

# The same computation in PyTorch: copy our four projections into the layer.
attention = nn.MultiheadAttention(embed_dim, num_heads=1, batch_first=True)
attention.in_proj_weight.copy_(torch.cat([to_query.weight, to_key.weight, to_value.weight]))
attention.in_proj_bias.copy_(torch.cat([to_query.bias, to_key.bias, to_value.bias]))
attention.out_proj.weight.copy_(to_output.weight)
attention.out_proj.bias.copy_(to_output.bias)

output, attention_weights = attention(x, x, x)  # query, key and value are all x: self-attention
print("output", tuple(output.shape), " weights", tuple(attention_weights.shape))
assert torch.allclose(output, by_hand, atol=1e-6)
assert torch.allclose(attention_weights, weights, atol=1e-6)
print("nn.MultiheadAttention matches the hand-written attention")

# %% multi-head
num_heads = 2
head_dim = embed_dim // num_heads  # each head works in a 4-number slice


def split_heads(t):  # (N, L, E) -> (N, heads, L, head_dim)
    return t.view(batch_size, seq_len, num_heads, head_dim).transpose(1, 2)


Qh, Kh, Vh = split_heads(Q), split_heads(K), split_heads(V)
head_weights = (Qh @ Kh.transpose(-2, -1) / math.sqrt(head_dim)).softmax(dim=-1)  # (N, heads, L, L)
heads = head_weights @ Vh                                                          # (N, heads, L, head_dim)
by_hand = to_output(heads.transpose(1, 2).reshape(batch_size, seq_len, embed_dim))  # heads side by side

attention = nn.MultiheadAttention(embed_dim, num_heads=num_heads, batch_first=True)
attention.in_proj_weight.copy_(torch.cat([to_query.weight, to_key.weight, to_value.weight]))
attention.in_proj_bias.copy_(torch.cat([to_query.bias, to_key.bias, to_value.bias]))
attention.out_proj.weight.copy_(to_output.weight)
attention.out_proj.bias.copy_(to_output.bias)

output, averaged = attention(x, x, x)  # need_weights=True by default, averaged over the heads
assert torch.allclose(output, by_hand, atol=1e-6)
assert torch.allclose(averaged, head_weights.mean(dim=1), atol=1e-6)
_, per_head = attention(x, x, x, average_attn_weights=False)
assert torch.allclose(per_head, head_weights, atol=1e-6)
print("averaged weights", tuple(averaged.shape), " per-head weights", tuple(per_head.shape))
output_only, no_weights = attention(x, x, x, need_weights=False)  # lets PyTorch use a faster kernel
print("need_weights=False returns", no_weights)
assert torch.allclose(output_only, output, atol=1e-6)

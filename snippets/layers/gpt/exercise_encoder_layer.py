"""Exercise: the GPT's decoder block is nn.TransformerEncoderLayer (pre-norm, GELU) given a causal mask."""
import math

import torch
from torch import nn

torch.manual_seed(0)
d_model, n_heads, L = 64, 4, 10


class CausalSelfAttention(nn.Module):
    def __init__(self, d_model, n_heads):
        super().__init__()
        self.n_heads = n_heads
        self.qkv = nn.Linear(d_model, 3 * d_model)
        self.out = nn.Linear(d_model, d_model)

    def forward(self, x):
        N, L, E = x.shape
        q, k, v = self.qkv(x).split(E, dim=-1)
        q, k, v = (t.view(N, L, self.n_heads, E // self.n_heads).transpose(1, 2) for t in (q, k, v))
        scores = q @ k.transpose(-2, -1) / math.sqrt(E // self.n_heads)
        future = torch.triu(torch.ones(L, L, dtype=torch.bool), diagonal=1)
        heads = scores.masked_fill(future, float("-inf")).softmax(dim=-1) @ v
        return self.out(heads.transpose(1, 2).reshape(N, L, E))


class Block(nn.Module):
    def __init__(self, d_model, n_heads):
        super().__init__()
        self.norm1 = nn.LayerNorm(d_model)
        self.attention = CausalSelfAttention(d_model, n_heads)
        self.norm2 = nn.LayerNorm(d_model)
        self.mlp = nn.Sequential(nn.Linear(d_model, 4 * d_model), nn.GELU(), nn.Linear(4 * d_model, d_model))

    def forward(self, x):
        x = x + self.attention(self.norm1(x))
        return x + self.mlp(self.norm2(x))


block = Block(d_model, n_heads)
layer = nn.TransformerEncoderLayer(d_model, n_heads, dim_feedforward=4 * d_model, dropout=0.0,
                                   activation="gelu", batch_first=True, norm_first=True)
with torch.no_grad():
    # in_proj_weight stacks the query, key and value projections in the same order as our qkv layer.
    layer.self_attn.in_proj_weight.copy_(block.attention.qkv.weight)
    layer.self_attn.in_proj_bias.copy_(block.attention.qkv.bias)
    pairs = ((layer.self_attn.out_proj, block.attention.out), (layer.linear1, block.mlp[0]),
             (layer.linear2, block.mlp[2]), (layer.norm1, block.norm1), (layer.norm2, block.norm2))
    for theirs, ours in pairs:
        theirs.weight.copy_(ours.weight)
        theirs.bias.copy_(ours.bias)

x = torch.randn(2, L, d_model)
causal_mask = nn.Transformer.generate_square_subsequent_mask(L)  # 0 on and below the diagonal, -inf above
assert torch.allclose(layer(x, src_mask=causal_mask, is_causal=True), block(x), atol=1e-5)
print("our Block equals TransformerEncoderLayer(norm_first=True, activation='gelu') with a causal mask")
print("parameters:", sum(p.numel() for p in block.parameters()), "and", sum(p.numel() for p in layer.parameters()))

# A TransformerDecoderLayer has a second attention, multihead_attn, which reads an encoder's output
# (its `memory`). A decoder-only model has no encoder, so it has nothing to give it.
decoder_layer = nn.TransformerDecoderLayer(d_model, n_heads, dim_feedforward=4 * d_model, batch_first=True)
print("TransformerDecoderLayer's parts:", [name for name, _ in decoder_layer.named_children()])

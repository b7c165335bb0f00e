# %% layer
"""nn.TransformerEncoderLayer: its sub-modules, its parameters, its forward pass by hand, and stacking."""
import warnings

import torch
from torch import nn

torch.manual_seed(0)
d_model, nhead, dim_feedforward = 32, 2, 64
layer = nn.TransformerEncoderLayer(d_model, nhead, dim_feedforward, batch_first=True)
print(layer)

for name, module in layer.named_children():
    count = sum(p.numel() for p in module.parameters())
    if count:
        print(f"{name:10s} {count:5d} parameters")
attention_count = 4 * (d_model * d_model + d_model)  # query, key, value and output projections
feed_forward_count = (d_model * dim_feedforward + dim_feedforward) + (dim_feedforward * d_model + d_model)
norm_count = 2 * (2 * d_model)                       # two LayerNorms, each a scale and a shift
total = sum(p.numel() for p in layer.parameters())
print("total", total, "=", attention_count, "+", feed_forward_count, "+", norm_count)
assert total == attention_count + feed_forward_count + norm_count

# %% by-hand
layer.eval()  # switches dropout off, so the layer is a fixed function we can rewrite
torch.set_grad_enabled(False)
x = torch.randn(2, 5, d_model)


def feed_forward(layer, h):  # two linear layers with a ReLU between, applied to each token alone
    return layer.linear2(torch.relu(layer.linear1(h)))


def self_attention(layer, h):
    return layer.self_attn(h, h, h, need_weights=False)[0]


# Post-norm (the default, as in the 2017 paper): add the sub-layer's output, then normalise.
h = layer.norm1(x + self_attention(layer, x))
by_hand = layer.norm2(h + feed_forward(layer, h))
assert torch.allclose(layer(x), by_hand, atol=1e-5)
print("norm_first=False: x -> norm1(x + attention(x)) -> norm2(h + feed_forward(h))")

# Pre-norm: normalise the sub-layer's input; the residual path stays untouched.
pre_norm = nn.TransformerEncoderLayer(d_model, nhead, dim_feedforward, batch_first=True, norm_first=True)
pre_norm.load_state_dict(layer.state_dict())  # the same parameters, only the order differs
pre_norm.eval()
h = x + self_attention(pre_norm, pre_norm.norm1(x))
by_hand = h + feed_forward(pre_norm, pre_norm.norm2(h))
assert torch.allclose(pre_norm(x), by_hand, atol=1e-5)
print("norm_first=True:  x -> x + attention(norm1(x)) -> h + feed_forward(norm2(h))")

# %% stack
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    nn.TransformerEncoder(pre_norm, num_layers=2)
print("warning:", caught[0].message)

# The nested-tensor speed-up does not apply to pre-norm layers, so switch it off explicitly.
encoder = nn.TransformerEncoder(pre_norm, num_layers=2, norm=nn.LayerNorm(d_model),
                                enable_nested_tensor=False)
encoder.eval()
print("encoder output", tuple(encoder(x).shape), " (the shape never changes)")
print("parameters:", sum(p.numel() for p in encoder.parameters()),
      "= 2 x", total, "+ final LayerNorm", 2 * d_model)
# Each layer is a deep copy: the two layers start equal but do not share parameters.
first, second = encoder.layers
print("layers share a weight tensor:", first.linear1.weight is second.linear1.weight)
print("layers start with equal weights:", torch.equal(first.linear1.weight, second.linear1.weight))

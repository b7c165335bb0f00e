# %% causal
"""Attention masks: a causal mask and a key padding mask, seen in the attention weights."""
import matplotlib.pyplot as plt
import torch
from torch import nn

torch.manual_seed(0)
torch.set_grad_enabled(False)
torch.set_printoptions(precision=2)
seq_len, embed_dim = 5, 8
attention = nn.MultiheadAttention(embed_dim, num_heads=2, batch_first=True)
x = torch.randn(2, seq_len, embed_dim)

# A float mask is added to the scores: -inf above the diagonal becomes weight 0 after softmax.
causal_float = nn.Transformer.generate_square_subsequent_mask(seq_len)
print(causal_float)
# A boolean mask says where attention is NOT allowed (True = masked).
causal_bool = torch.triu(torch.ones(seq_len, seq_len, dtype=torch.bool), diagonal=1)

_, causal_weights = attention(x, x, x, attn_mask=causal_float)
_, same_weights = attention(x, x, x, attn_mask=causal_bool)
assert torch.allclose(causal_weights, same_weights)
print("causal weights of the first sequence:")
print(causal_weights[0])
assert (causal_weights[:, causal_bool] == 0).all()  # no query sees a later key

# %% padding
# The second sequence is 3 tokens long; its last 2 positions are padding.
key_padding_mask = torch.tensor([[False, False, False, False, False],
                                 [False, False, False, True, True]])
_, padded_weights = attention(x, x, x, key_padding_mask=key_padding_mask)
print("weights of the second sequence, padding keys masked:")
print(padded_weights[1])
assert (padded_weights[1, :, 3:] == 0).all()

fig, axes = plt.subplots(1, 2, figsize=(8, 4), layout="constrained")
panels = [(causal_weights[0], "causal mask"), (padded_weights[1], "key padding mask (last 2 keys)")]
for ax, (weights, title) in zip(axes, panels):
    image = ax.imshow(weights.numpy(), cmap="viridis", vmin=0, vmax=1)
    ax.set_title(title)
    ax.set_xlabel("key position")
    ax.set_ylabel("query position")
fig.colorbar(image, ax=axes, shrink=0.8, label="attention weight")
fig.suptitle("Masked positions get attention weight 0")
plt.show()

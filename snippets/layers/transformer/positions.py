# %% permutation
"""Attention ignores order: permuting the tokens permutes the output. Positional encodings fix that."""
import math

import matplotlib.pyplot as plt
import torch
from torch import nn

torch.manual_seed(0)
torch.set_grad_enabled(False)
seq_len, d_model = 6, 32
encoder = nn.TransformerEncoder(
    nn.TransformerEncoderLayer(d_model, nhead=2, dim_feedforward=64, batch_first=True),
    num_layers=2)
encoder.eval()
x = torch.randn(1, seq_len, d_model)
permutation = torch.randperm(seq_len)
print("permutation", permutation.tolist())

output = encoder(x)
output_of_permuted = encoder(x[:, permutation])
assert torch.allclose(output_of_permuted, output[:, permutation], atol=1e-5)
print("encoder(x[:, p]) equals encoder(x)[:, p]: each token's output ignores where it stands")

# %% sinusoidal
def sinusoidal_encoding(max_len, d_model):
    position = torch.arange(max_len).unsqueeze(1)                       # (max_len, 1)
    frequency = torch.exp(-math.log(10000.0) * torch.arange(0, d_model, 2) / d_model)
    encoding = torch.zeros(max_len, d_model)
    encoding[:, 0::2] = torch.sin(position * frequency)                 # even dimensions
    encoding[:, 1::2] = torch.cos(position * frequency)                 # odd dimensions
    return encoding


positions = sinusoidal_encoding(seq_len, d_model)
with_positions = x + positions  # the same token now looks different at each position
output = encoder(with_positions)
output_of_permuted = encoder(x[:, permutation] + positions)
difference = (output_of_permuted - output[:, permutation]).abs().max().item()
print(f"with positions added, the outputs no longer just move: largest difference {difference:.2f}")
assert difference > 0.1

shown = sinusoidal_encoding(50, d_model)
fig, ax = plt.subplots(figsize=(8, 4))
image = ax.imshow(shown.T.numpy(), cmap="RdBu", aspect="auto", vmin=-1, vmax=1)
ax.set_title("Sinusoidal positional encoding: fast waves in low dimensions, slow in high")
ax.set_xlabel("position in the sequence")
ax.set_ylabel("dimension of the encoding")
fig.colorbar(image, ax=ax, label="value")
plt.show()

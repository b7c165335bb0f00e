"""Exercise: with a causal mask, changing the last token changes only the last output."""
import torch
from torch import nn

torch.manual_seed(0)
torch.set_grad_enabled(False)
seq_len, d_model = 6, 32
encoder = nn.TransformerEncoder(
    nn.TransformerEncoderLayer(d_model, nhead=2, dim_feedforward=64, batch_first=True),
    num_layers=2)
encoder.eval()
causal_mask = nn.Transformer.generate_square_subsequent_mask(seq_len)

x = torch.randn(1, seq_len, d_model)
changed = x.clone()
changed[0, -1] = torch.randn(d_model)  # a different last token

for name, mask in [("no mask", None), ("causal mask", causal_mask)]:
    difference = (encoder(changed, mask=mask) - encoder(x, mask=mask)).abs().amax(dim=-1)[0]
    print(f"{name:12s} change of each position's output:", [f"{d:.2f}" for d in difference.tolist()])
    if mask is not None:
        assert (difference[:-1] < 1e-5).all()

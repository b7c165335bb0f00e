"""nn.Dropout in training mode zeroes about p of the entries and scales the rest by 1/(1-p); in eval mode it does nothing."""
# %% train
import torch
from torch import nn

torch.manual_seed(0)
dropout = nn.Dropout(p=0.5)
x = torch.ones(2, 8)
print("a new module is in training mode:", dropout.training)
print(dropout(x))

big = torch.ones(1000, 1000)
out = dropout(big)
print(f"zeroed: {(out == 0).float().mean().item():.4f}   kept values: {out[out != 0].unique().tolist()}"
      f"   mean: {out.mean().item():.4f} (input mean 1.0)")

# %% eval
dropout.eval()
print("after .eval(), training =", dropout.training)
print(dropout(x))
print("identity in eval mode:", torch.equal(dropout(big), big))

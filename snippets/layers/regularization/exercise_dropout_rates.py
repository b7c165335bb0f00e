"""Exercise: for p = 0.1, 0.5 and 0.9, what fraction does Dropout zero, what value do the kept entries get, and is the mean kept?"""
import torch
from torch import nn

torch.manual_seed(0)
ones = torch.ones(1000, 1000)
for p in (0.1, 0.5, 0.9):
    out = nn.Dropout(p)(ones)
    kept_value = out[out != 0][0].item()
    print(f"p={p}: zeroed {(out == 0).float().mean().item():.3f}   kept entries = {kept_value:.2f}"
          f" (1/(1-p) = {1 / (1 - p):.2f})   mean {out.mean().item():.3f}")

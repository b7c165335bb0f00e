"""Exercise 3: AdamW with weight decay on the weights only, not on biases and LayerNorm."""
import torch
from torch import nn

torch.manual_seed(0)  # the same random numbers on every run
model = nn.Sequential(nn.Linear(16, 64), nn.LayerNorm(64), nn.ReLU(), nn.Linear(64, 4))

decay, no_decay = [], []
for name, param in model.named_parameters():
    # Biases and normalization scales are 1-D; decaying them towards 0 only hurts.
    (no_decay if param.dim() == 1 else decay).append(param)

optimizer = torch.optim.AdamW([
    {"params": decay, "weight_decay": 0.01},
    {"params": no_decay, "weight_decay": 0.0},
], lr=1e-3)
for group in optimizer.param_groups:
    count = sum(p.numel() for p in group["params"])
    print(f"weight_decay {group['weight_decay']}: {len(group['params'])} tensors, {count} numbers")

# %% wrong
"""Calling model.forward(x) directly skips the hooks that model(x) runs."""
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Linear(3, 2))
calls = []
model.register_forward_hook(lambda module, inputs, output: calls.append(tuple(output.shape)))

model.forward(torch.randn(5, 4))
print("hook calls after model.forward(x):", calls)

# %% right
model(torch.randn(5, 4))  # nn.Module.__call__ runs the hooks around forward
print("hook calls after model(x):        ", calls)

# %% wrong
"""tensor.to(...) returns a new tensor; without assigning it, nothing changes."""
import os

import torch
from torch import nn

torch.manual_seed(0)  # the same random numbers on every run
accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")

x = torch.arange(3)  # int64
x.to(torch.float32)  # result thrown away; x.to(device) is the same mistake
print("x is still", x.dtype)

# %% right
x = x.to(torch.float32)
print("x is now", x.dtype)

model = nn.Linear(3, 1)
model.to(device)  # on a module, .to() moves the parameters in place: no assignment needed
x = x.to(device)  # on a tensor, it must be assigned
print("model on", next(model.parameters()).device.type, "  x on", x.device.type, "  output:", tuple(model(x).shape))

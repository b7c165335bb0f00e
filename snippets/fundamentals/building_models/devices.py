# %% module
"""Moving a model and its data to a device: .to() works in place on modules, not on tensors."""
import os

import torch
from torch import nn

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")
print("device:", device)

torch.manual_seed(0)
model = nn.Linear(3, 2)
returned = model.to(device)
print("module.to() returns the same module:", returned is model)
print("its weight is now on:", model.weight.device)

# %% tensors
x = torch.ones(4, 3)
x.to(device)  # the classic bug: the moved copy is thrown away
print("after x.to(device):     x is on", x.device)
x.to(torch.float64)  # the same mistake with a dtype, visible on any machine
print("after x.to(float64):    x.dtype is", x.dtype)
x = x.to(device)  # assign the result
print("after x = x.to(device): x is on", x.device)

# %% together
prediction = model(x)  # model and data on the same device
print("prediction on", prediction.device, "with shape", tuple(prediction.shape))

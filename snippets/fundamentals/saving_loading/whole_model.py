# %% save
"""Saving the whole model pickles a reference to its class, which must exist at load time."""
import os
import pickle
import tempfile

import torch
from torch import nn


class SmallNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(4, 8)
        self.output = nn.Linear(8, 2)

    def forward(self, x):
        return self.output(torch.relu(self.hidden(x)))


torch.manual_seed(0)
model = SmallNet()
print("pickle stores the class as:", f"{SmallNet.__module__}.{SmallNet.__qualname__}")

folder = tempfile.TemporaryDirectory()
path = os.path.join(folder.name, "whole_model.pt")
torch.save(model, path)

# %% weights-only
try:
    torch.load(path, weights_only=True)  # the default since torch 2.6
except pickle.UnpicklingError as error:
    message = next(line for line in str(error).splitlines() if "GLOBAL" in line)
    print(message.strip().replace(". ", ".\n"))

# %% trusted
loaded = torch.load(path, weights_only=False)  # runs the pickle: only for files you trust
x = torch.ones(1, 4)
print(type(loaded).__name__, "- same outputs:", torch.equal(loaded(x), model(x)))

# %% class-gone
# As if the file were loaded by another program, or after the class was renamed or moved.
del SmallNet
try:
    torch.load(path, weights_only=False)
except AttributeError as error:
    print("AttributeError:", str(error).replace(__file__, os.path.basename(__file__)))


# A class of the same name with another forward: the file loads, and runs the new code on the old numbers.
class SmallNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(4, 8)
        self.output = nn.Linear(8, 2)

    def forward(self, x):
        return self.output(torch.sigmoid(self.hidden(x)))  # was relu


changed = torch.load(path, weights_only=False)
print("the changed class loads:", type(changed).__name__, "- same outputs as saved:", torch.equal(changed(x), model(x)))
folder.cleanup()

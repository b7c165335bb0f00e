# %% wrong
"""Saving the whole model with torch.save(model) and loading it back with a bare torch.load(path)."""
import pickle
import tempfile
from pathlib import Path

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 2))

with tempfile.TemporaryDirectory() as folder:
    path = Path(folder) / "model.pt"
    torch.save(model, path)  # pickles the objects, classes named by their module path
    try:
        torch.load(path)  # weights_only=True by default since torch 2.6: tensors and plain containers only
    except pickle.UnpicklingError as error:
        message = str(error)
        print("UnpicklingError:", message.split(".")[0])
        print(message[message.index("Unsupported global"):].split(" was ")[0])

# %% right
with tempfile.TemporaryDirectory() as folder:
    path = Path(folder) / "weights.pt"
    torch.save(model.state_dict(), path)  # tensors only
    restored = nn.Sequential(nn.Linear(4, 2))  # the code builds the model
    restored.load_state_dict(torch.load(path, weights_only=True))
print("restored weights equal:", torch.equal(restored[0].weight, model[0].weight))

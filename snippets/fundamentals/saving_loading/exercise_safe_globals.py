"""Exercise 2: load a whole pickled model with weights_only=True by allowlisting its classes."""
import os
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
with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "whole_model.pt")
    torch.save(model, path)
    # Lists the classes and functions the pickle would need, without running it.
    needed = sorted(torch.serialization.get_unsafe_globals_in_checkpoint(path))
    print("needed:", needed)
    with torch.serialization.safe_globals([SmallNet, nn.Linear]):
        loaded = torch.load(path, weights_only=True)

x = torch.ones(1, 4)
print(type(loaded).__name__, "- same outputs:", torch.equal(loaded(x), model(x)))

"""A model's state_dict: what it holds, how to save it, and how to load it into a new model."""
import os
import tempfile

import torch
from torch import nn


class SmallNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(4, 8)
        self.norm = nn.BatchNorm1d(8)  # has buffers as well as parameters
        self.output = nn.Linear(8, 2)

    def forward(self, x):
        return self.output(torch.relu(self.norm(self.hidden(x))))


torch.manual_seed(0)
model = SmallNet()
parameter_names = {name for name, _ in model.named_parameters()}
# An ordered dict from names to tensors: parameters and buffers, no code.
for name, tensor in model.state_dict().items():
    kind = "parameter" if name in parameter_names else "buffer"
    print(f"{name:26s} {kind:9s} {tuple(tensor.shape)}")

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "small_net.pt")
    torch.save(model.state_dict(), path)
    state = torch.load(path, weights_only=True)  # only tensors and plain containers: safe

rebuilt = SmallNet()  # the file holds numbers only: the class must build the model again
print(rebuilt.load_state_dict(state))
same = all(torch.equal(a, b) for a, b in zip(model.state_dict().values(), rebuilt.state_dict().values()))
print("every tensor equal:", same)
assert same

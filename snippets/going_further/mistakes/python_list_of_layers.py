# %% wrong
"""Layers kept in a plain Python list are invisible to parameters(), to(), state_dict() and optimizers."""
import torch
from torch import nn

torch.manual_seed(0)  # the same random numbers on every run


class Stack(nn.Module):
    def __init__(self, sizes):
        super().__init__()
        self.layers = [nn.Linear(a, b) for a, b in zip(sizes, sizes[1:])]  # a plain list

    def forward(self, x):
        for layer in self.layers:
            x = torch.relu(layer(x))
        return x


model = Stack([4, 8, 8, 2])
print("forward works:", tuple(model(torch.randn(3, 4)).shape))
print("parameters:", sum(p.numel() for p in model.parameters()), " state_dict keys:", list(model.state_dict()))
try:
    torch.optim.SGD(model.parameters(), lr=0.1)
except ValueError as error:
    print("ValueError:", error)

# %% right
class Stack(nn.Module):
    def __init__(self, sizes):
        super().__init__()
        self.layers = nn.ModuleList(nn.Linear(a, b) for a, b in zip(sizes, sizes[1:]))

    def forward(self, x):
        for layer in self.layers:
            x = torch.relu(layer(x))
        return x


model = Stack([4, 8, 8, 2])
print("parameters:", sum(p.numel() for p in model.parameters()), " state_dict keys:", len(model.state_dict()))

"""ModuleList and ModuleDict: a list and a dict of layers whose parameters the model can see."""
# %% list
import torch
from torch import nn


class Tower(nn.Module):
    """A stack of equal residual blocks; forward decides how to use them, which Sequential could not."""

    def __init__(self, width, depth):
        super().__init__()
        self.blocks = nn.ModuleList(nn.Linear(width, width) for _ in range(depth))

    def forward(self, x):
        for block in self.blocks:
            x = x + torch.relu(block(x))  # the residual "x +" is why this is not a Sequential
        return x


class BrokenTower(nn.Module):
    def __init__(self, width, depth):
        super().__init__()
        self.blocks = [nn.Linear(width, width) for _ in range(depth)]  # a plain list: not registered

    def forward(self, x):
        for block in self.blocks:
            x = x + torch.relu(block(x))
        return x


torch.manual_seed(0)
print("Tower parameters:      ", sum(p.numel() for p in Tower(8, 3).parameters()))
print("BrokenTower parameters:", sum(p.numel() for p in BrokenTower(8, 3).parameters()))
tower = Tower(8, 3)
print("tower.blocks[1]:", tower.blocks[1], " len:", len(tower.blocks))
print("output:", tuple(tower(torch.randn(2, 8)).shape))

# %% dict
class Classifier(nn.Module):
    def __init__(self, activation):
        super().__init__()
        self.hidden = nn.Linear(4, 16)
        self.activations = nn.ModuleDict({"relu": nn.ReLU(), "tanh": nn.Tanh(), "gelu": nn.GELU()})
        self.activation = activation
        self.output = nn.Linear(16, 3)

    def forward(self, x):
        return self.output(self.activations[self.activation](self.hidden(x)))


model = Classifier("tanh")
print("keys:", list(model.activations.keys()), " chosen:", model.activation)
print("output:", tuple(model(torch.randn(2, 4)).shape))

# %% parameters
class Scales(nn.Module):
    def __init__(self):
        super().__init__()
        self.per_layer = nn.ParameterList(nn.Parameter(torch.ones(n)) for n in (4, 16))
        self.named = nn.ParameterDict({"temperature": nn.Parameter(torch.tensor(1.0))})


for name, parameter in Scales().named_parameters():
    print(f"{name:20s} {tuple(parameter.shape)}")

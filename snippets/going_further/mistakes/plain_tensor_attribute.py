# %% wrong
"""A weight kept as a plain tensor attribute is not a parameter: the optimizer never sees it."""
import torch
from torch import nn


class ScaledLinear(nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = nn.Linear(1, 1)
        self.scale = torch.ones(1, requires_grad=True)  # a plain tensor: not registered

    def forward(self, x):
        return self.scale * self.linear(x)


def train(model):
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
    x = torch.linspace(-1, 1, 20).unsqueeze(1)
    for step in range(50):
        optimizer.zero_grad()
        nn.functional.mse_loss(model(x), 5 * x).backward()
        optimizer.step()
    print("scale after training:", round(model.scale.item(), 4), "  state_dict keys:", list(model.state_dict()))


torch.manual_seed(0)
train(ScaledLinear())

# %% right
class ScaledLinear(nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = nn.Linear(1, 1)
        self.scale = nn.Parameter(torch.ones(1))  # registered: parameters(), state_dict() and .to() see it

    def forward(self, x):
        return self.scale * self.linear(x)


torch.manual_seed(0)
train(ScaledLinear())

# %% list
"""ModuleList registers a list of layers; a plain Python list does not. ModuleDict does the same for a dict."""
import torch
from torch import nn

torch.manual_seed(0)  # the same random numbers on every run


class Stack(nn.Module):
    def __init__(self, width, depth):
        super().__init__()
        self.layers = nn.ModuleList(nn.Linear(width, width) for _ in range(depth))

    def forward(self, x):
        for layer in self.layers:
            x = torch.relu(layer(x))
        return x


class PlainListStack(nn.Module):
    def __init__(self, width, depth):
        super().__init__()
        self.layers = [nn.Linear(width, width) for _ in range(depth)]  # the bug: a plain list

    def forward(self, x):
        for layer in self.layers:
            x = torch.relu(layer(x))
        return x


def count_parameters(model):
    return sum(p.numel() for p in model.parameters())


stack = Stack(width=10, depth=3)
plain = PlainListStack(width=10, depth=3)
print("ModuleList parameters:", count_parameters(stack))
print("plain list parameters:", count_parameters(plain))
print(plain)
x = torch.randn(2, 10)
print("both still run:", tuple(stack(x).shape), tuple(plain(x).shape))
try:
    torch.optim.SGD(plain.parameters(), lr=0.1)
except ValueError as error:
    print("ValueError:", error)

# %% dict
class TwoHeads(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Linear(10, 16)
        self.heads = nn.ModuleDict({
            "digit": nn.Linear(16, 10),
            "is_even": nn.Linear(16, 1),
        })

    def forward(self, x, head):
        return self.heads[head](torch.relu(self.body(x)))


two_heads = TwoHeads()
print(two_heads)
print("digit:  ", tuple(two_heads(x, "digit").shape))
print("is_even:", tuple(two_heads(x, "is_even").shape))
print("parameters:", count_parameters(two_heads))

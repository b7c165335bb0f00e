"""Exercise 2: a multilayer perceptron whose layer sizes are a constructor argument."""
import torch
from torch import nn

torch.manual_seed(0)  # the same random numbers on every run


class MLP(nn.Module):
    def __init__(self, sizes):
        super().__init__()
        self.layers = nn.ModuleList(nn.Linear(n_in, n_out) for n_in, n_out in zip(sizes, sizes[1:]))

    def forward(self, x):
        for layer in self.layers[:-1]:
            x = torch.relu(layer(x))
        return self.layers[-1](x)  # no ReLU after the last layer: outputs may be negative


model = MLP([784, 128, 64, 10])
print(model)
print("output shape:", tuple(model(torch.randn(5, 784)).shape))
print("parameters:", sum(p.numel() for p in model.parameters()))

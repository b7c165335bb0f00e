# %% layer
"""A dense layer written from scratch with nn.Parameter, and the gradients it gets."""
import torch
from torch import nn


class MyDense(nn.Module):
    def __init__(self, in_features, out_features):
        super().__init__()
        # Wrapping a tensor in nn.Parameter registers it: it appears in parameters(),
        # state_dict(), moves with .to(device) and requires a gradient.
        self.w = nn.Parameter(torch.randn(in_features, out_features) * 0.01)
        self.b = nn.Parameter(torch.zeros(out_features))

    def forward(self, x):
        return x @ self.w + self.b


torch.manual_seed(0)
layer = MyDense(2, 3)
for name, param in layer.named_parameters():
    print(f"{name}: shape {tuple(param.shape)}, requires_grad={param.requires_grad}")
print("w =", layer.w)

# %% gradients
x = torch.ones(100, 2)
loss = layer(x).sum()
loss.backward()
print("w.grad =", layer.w.grad)
print("b.grad =", layer.b.grad)
assert torch.all(layer.w.grad == 100)
assert torch.all(layer.b.grad == 100)

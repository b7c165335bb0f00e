"""The notes' CIFAR-10 network as one nn.Sequential, with the shape after every layer and its parameter count."""
# %% build
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Conv2d(3, 32, 5, padding=2),
    nn.MaxPool2d(2),
    nn.Conv2d(32, 32, 5, padding=2),
    nn.MaxPool2d(2),
    nn.Conv2d(32, 64, 5, padding=2),
    nn.MaxPool2d(2),
    nn.Flatten(),
    nn.Linear(1024, 64),
    nn.Linear(64, 10),
)
x = torch.ones(64, 3, 32, 32)
print("output:", tuple(model(x).shape))

# %% shapes
out = x
print(f"{'input':12s} {tuple(out.shape)}")
for name, layer in model.named_children():
    out = layer(out)
    print(f"{name} {type(layer).__name__:10s} {tuple(out.shape)}")

# %% count
for name, layer in model.named_children():
    count = sum(p.numel() for p in layer.parameters())
    if count:
        print(f"{name} {type(layer).__name__:10s} {count:>8,} parameters")
parameter_count = sum(p.numel() for p in model.parameters())
print(f"{'total':12s} {parameter_count:>8,} parameters")

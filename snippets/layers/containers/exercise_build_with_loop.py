"""Exercise: build the CIFAR-10 network (with ReLUs) in a loop over its channel counts."""
import torch
from torch import nn

torch.manual_seed(0)  # the same random numbers on every run
channels = [3, 32, 32, 64]
layers = []
for in_channels, out_channels in zip(channels, channels[1:]):
    layers += [nn.Conv2d(in_channels, out_channels, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2)]
layers += [nn.Flatten(), nn.Linear(1024, 64), nn.ReLU(), nn.Linear(64, 10)]
model = nn.Sequential(*layers)  # * unpacks the list into separate arguments

print("layers:", len(model), " output:", tuple(model(torch.ones(64, 3, 32, 32)).shape),
      f" parameters: {sum(p.numel() for p in model.parameters()):,}")

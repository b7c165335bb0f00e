"""Exercise: freeze the convolutional part of the CIFAR-10 network through a slice and count what still trains."""
import torch
from torch import nn

torch.manual_seed(0)  # the same random numbers on every run
model = nn.Sequential(
    nn.Conv2d(3, 32, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(32, 32, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(32, 64, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
    nn.Flatten(), nn.Linear(1024, 64), nn.ReLU(), nn.Linear(64, 10),
)
features = model[:9]  # shares its layers with model, so freezing it freezes them in model
for parameter in features.parameters():
    parameter.requires_grad_(False)

trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
print(f"trainable: {trainable:,} of {sum(p.numel() for p in model.parameters()):,} parameters")

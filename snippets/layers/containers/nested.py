"""A network built from nested Sequentials with add_module, and the dotted names that nesting gives."""
import torch
from torch import nn

torch.manual_seed(0)
features = nn.Sequential()
features.add_module("conv", nn.Conv2d(1, 8, 3, padding=1))
features.add_module("relu", nn.ReLU())
features.add_module("pool", nn.AdaptiveAvgPool2d(1))  # (N, 8, H, W) -> (N, 8, 1, 1), any H and W

classifier = nn.Sequential(nn.Flatten(), nn.Linear(8, 10))

model = nn.Sequential()
model.add_module("features", features)
model.add_module("classifier", classifier)
print(model)
print("output:", tuple(model(torch.randn(5, 1, 28, 28)).shape))

for name, parameter in model.named_parameters():
    print(f"{name:24s} {tuple(parameter.shape)}")
print("model.features.conv:", model.features.conv)
print("model.classifier[1]:", model.classifier[1])

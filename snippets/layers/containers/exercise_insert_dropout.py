"""Exercise: add a Dropout before the last layer of an existing Sequential, and check nothing else changed."""
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Flatten(), nn.Linear(1024, 64), nn.ReLU(), nn.Linear(64, 10))
x = torch.randn(4, 64, 4, 4)
before = model(x)

model.insert(len(model) - 1, nn.Dropout(0.5))
print(model)
model.eval()  # dropout is the identity in eval mode, so the outputs must not change
print("same outputs in eval mode:", torch.allclose(model(x), before))

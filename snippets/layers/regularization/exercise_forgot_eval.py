"""Exercise: a model with dropout answers differently each time it sees the same input, until model.eval()."""
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Dropout(0.5), nn.Linear(16, 1))
x = torch.tensor([[1.0, -2.0, 0.5, 3.0]])
with torch.no_grad():
    print("training mode:", [round(model(x).item(), 3) for _ in range(4)])
    model.eval()
    print("eval mode:    ", [round(model(x).item(), 3) for _ in range(4)])

"""Exercise 3: freeze the first layer, train one step, and check which parameters moved."""
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
model[0].requires_grad_(False)
print("trainable:", sum(p.numel() for p in model.parameters() if p.requires_grad),
      "of", sum(p.numel() for p in model.parameters()))

before = {name: param.clone() for name, param in model.named_parameters()}
optimizer = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=0.1)
loss = model(torch.randn(16, 4)).pow(2).sum()
optimizer.zero_grad()
loss.backward()
optimizer.step()

for name, param in model.named_parameters():
    print(f"{name:9s} changed: {not torch.equal(param, before[name])}, grad: {param.grad is not None}")

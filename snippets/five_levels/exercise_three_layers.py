"""Exercise 3: TwoLayerNet with a third layer; only __init__ and forward change."""
import torch
from torch import nn


class ThreeLayerNet(nn.Module):
    def __init__(self, D_in, H1, H2, D_out):
        super().__init__()
        self.linear1 = nn.Linear(D_in, H1)
        self.linear2 = nn.Linear(H1, H2)
        self.linear3 = nn.Linear(H2, D_out)

    def forward(self, x):
        x = self.linear1(x).clamp(min=0)
        x = self.linear2(x).clamp(min=0)
        return self.linear3(x)


torch.manual_seed(0)
x = torch.randn(64, 1000)
y = torch.randn(64, 10)
model = ThreeLayerNet(1000, 100, 50, 10)
loss_fn = nn.MSELoss(reduction="sum")
optimizer = torch.optim.SGD(model.parameters(), lr=1e-4)

for t in range(500):
    loss = loss_fn(model(x), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
print(model)
print(f"loss after 500 iterations: {loss.item():.6g}")

"""Level 6: a network of our own, written as an nn.Module subclass."""
import os

import torch
from torch import nn

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")


class TwoLayerNet(nn.Module):
    def __init__(self, D_in, H, D_out):
        super().__init__()  # registers the layers assigned below as sub-modules
        self.linear1 = nn.Linear(D_in, H)
        self.linear2 = nn.Linear(H, D_out)

    def forward(self, x):
        h_relu = self.linear1(x).clamp(min=0)
        return self.linear2(h_relu)


N, D_in, H, D_out = 64, 1000, 100, 10

torch.manual_seed(0)
x = torch.randn(N, D_in, device=device)
y = torch.randn(N, D_out, device=device)

model = TwoLayerNet(D_in, H, D_out).to(device)
loss_fn = nn.MSELoss(reduction="sum")
optimizer = torch.optim.SGD(model.parameters(), lr=1e-4)

losses = []
for t in range(500):
    loss = loss_fn(model(x), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    losses.append(loss.item())
    if t % 100 == 0 or t == 499:
        print(f"iteration {t + 1:3d}: loss {loss.item():.6g}")

print(model)
assert losses[-1] < losses[0] / 100

"""Level 5: torch.optim applies the update rule; the loop shrinks to five steps."""
import os

import torch
from torch import nn

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")

N, D_in, H, D_out = 64, 1000, 100, 10

torch.manual_seed(0)
x = torch.randn(N, D_in, device=device)
y = torch.randn(N, D_out, device=device)

# The three set-up steps: a model, a loss, an optimizer.
model = nn.Sequential(nn.Linear(D_in, H), nn.ReLU(), nn.Linear(H, D_out)).to(device)
loss_fn = nn.MSELoss(reduction="sum")
optimizer = torch.optim.Adam(model.parameters(), lr=1e-4)
# torch.optim.SGD(model.parameters(), lr=1e-4) would do what level 4 wrote by hand.

losses = []
for t in range(500):
    y_pred = model(x)  # 1. predict
    loss = loss_fn(y_pred, y)  # 2. measure the loss
    optimizer.zero_grad()  # 3. clear the old gradients
    loss.backward()  # 4. compute the new ones
    optimizer.step()  # 5. update the weights
    losses.append(loss.item())
    if t % 100 == 0 or t == 499:
        print(f"iteration {t + 1:3d}: loss {loss.item():.6g}")

assert losses[-1] < losses[0] / 100

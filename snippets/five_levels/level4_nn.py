# %% train
"""Level 4: torch.nn supplies the layers and the loss; we still write the update."""
import os

import torch
from torch import nn

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")

N, D_in, H, D_out = 64, 1000, 100, 10
learning_rate = 1e-4

torch.manual_seed(0)
x = torch.randn(N, D_in, device=device)
y = torch.randn(N, D_out, device=device)
model = nn.Sequential(
    nn.Linear(D_in, H),
    nn.ReLU(),
    nn.Linear(H, D_out),
).to(device)
loss_fn = nn.MSELoss(reduction="sum")

losses = []
for t in range(500):
    loss = loss_fn(model(x), y)
    losses.append(loss.item())
    if t % 100 == 0 or t == 499:
        print(f"iteration {t + 1:3d}: loss {loss.item():.6g}")

    model.zero_grad()
    loss.backward()
    with torch.no_grad():
        for param in model.parameters():
            param -= learning_rate * param.grad

first_loss, last_loss = losses[0], losses[-1]
assert last_loss < first_loss / 100

# %% inspect
print(model)
print(model[0])
print("model[0].weight:", tuple(model[0].weight.shape), "(out_features, in_features)")
print(model[0].weight[:2, :4])
print("model[0].bias:", tuple(model[0].bias.shape))

# %% no-bias
no_bias = nn.Sequential(nn.Linear(D_in, H, bias=False), nn.ReLU(), nn.Linear(H, D_out, bias=False))
print(no_bias[0])
print("no_bias[0].bias:", no_bias[0].bias)

# %% wrong
"""Forgetting optimizer.zero_grad(): backward() adds to the old gradients, so each step uses their sum."""
import torch
from torch import nn

x = torch.linspace(-1, 1, 50).unsqueeze(1)
y = 3 * x + 1


def train(zero_grad):
    torch.manual_seed(0)
    model = nn.Linear(1, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    losses = []
    for step in range(40):
        if zero_grad:
            optimizer.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    print("loss every 5 steps:", " ".join(f"{loss:.3g}" for loss in losses[::5]), f"... {losses[-1]:.3g}")


train(zero_grad=False)

# %% right
train(zero_grad=True)

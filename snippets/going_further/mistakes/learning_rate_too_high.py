# %% wrong
"""A learning rate that is too high makes the loss grow at each step until it is inf, then nan."""
import torch
from torch import nn

x = torch.linspace(0, 10, 50).unsqueeze(1)
y = 3 * x + 1


def train(learning_rate, steps=60):
    torch.manual_seed(0)
    model = nn.Linear(1, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=learning_rate)
    for step in range(steps):
        optimizer.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        optimizer.step()
        if step % 15 == 0 or step == steps - 1:
            print(f"  step {step:2d}: loss {loss.item():.4g}")


print("lr = 0.1")
train(0.1)

# %% right
print("lr = 0.01")
train(0.01)

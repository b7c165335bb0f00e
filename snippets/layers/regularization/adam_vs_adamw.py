"""Adam(weight_decay=...) and AdamW(weight_decay=...) with the same value train to different weights."""
# %% model
import torch
from torch import nn

lr, weight_decay, steps = 0.01, 0.1, 50
torch.manual_seed(0)
x, y = torch.randn(64, 5), torch.randn(64, 1)
results = {}
for optimizer_class in (torch.optim.Adam, torch.optim.AdamW):
    torch.manual_seed(0)  # the same starting weights for both
    model = nn.Linear(5, 1)
    optimizer = optimizer_class(model.parameters(), lr=lr, weight_decay=weight_decay)
    for step in range(steps):
        loss = nn.functional.mse_loss(model(x), y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    results[optimizer_class.__name__] = model.weight.detach().flatten()
    print(f"{optimizer_class.__name__:5s} weights after {steps} steps:", [round(v, 4) for v in results[optimizer_class.__name__].tolist()])
print("largest difference:", round((results["Adam"] - results["AdamW"]).abs().max().item(), 4))

# %% decay-only
# Three weights of very different sizes and a loss that is zero: only the decay acts.
lr, weight_decay, steps = 0.1, 0.1, 10
for optimizer_class in (torch.optim.Adam, torch.optim.AdamW):
    w = nn.Parameter(torch.tensor([0.5, 5.0, 50.0]))
    optimizer = optimizer_class([w], lr=lr, weight_decay=weight_decay)
    for step in range(steps):
        loss = 0 * w.sum()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    print(f"{optimizer_class.__name__:5s}: [0.5, 5.0, 50.0] -> {[round(v, 3) for v in w.tolist()]}")
print("(1 - lr * wd) ** steps =", round((1 - lr * weight_decay) ** steps, 3))

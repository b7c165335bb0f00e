"""Exercise: count the dead ReLUs of every layer with forward hooks, before and after training at two learning rates."""
import math
import os

import torch
import torch.nn.functional as F
from torch import nn

from tutorial_data import load_mnist

torch.manual_seed(0)  # the same random numbers on every run
accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")
images, labels = load_mnist("test")
x_train = (images[:2000].flatten(start_dim=1).float() / 255).to(device)
y_train = labels[:2000].to(device)
x_check = (images[5000:6000].flatten(start_dim=1).float() / 255).to(device)  # images the steps never saw


def dead_fractions(model):
    """The fraction of units of each ReLU that output 0 for every one of the check images."""
    fractions = []

    def record(module, inputs, output):
        fractions.append((output == 0).all(dim=0).float().mean().item())

    handles = [module.register_forward_hook(record) for module in model if isinstance(module, nn.ReLU)]
    with torch.no_grad():
        model(x_check)
    for handle in handles:
        handle.remove()
    return fractions


def train(learning_rate, epochs=2, batch_size=50):
    torch.manual_seed(0)  # the same start and the same batches for both rates
    model = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 128), nn.ReLU(),
                          nn.Linear(128, 128), nn.ReLU(), nn.Linear(128, 10)).to(device)
    before = dead_fractions(model)
    optimizer = torch.optim.SGD(model.parameters(), lr=learning_rate)
    for _ in range(epochs):
        for start in range(0, len(x_train), batch_size):
            loss = F.cross_entropy(model(x_train[start:start + batch_size]), y_train[start:start + batch_size])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
    return before, dead_fractions(model), loss.item()


results = {lr: train(lr) for lr in (0.5, 2.0)}
for lr, (before, after, loss) in results.items():
    print(f"lr {lr}: dead units per ReLU before {', '.join(f'{f:.0%}' for f in before)}"
          f"  after {', '.join(f'{f:.0%}' for f in after)}  last loss {loss:.3f}")

dead_after_large_lr = results[2.0][1][-1]
assert all(f < 0.1 for f in results[0.5][1])  # a sensible rate leaves (almost) every unit alive
assert all(f > 0.5 for f in results[2.0][1])  # too large: most units die in every layer...
assert abs(results[2.0][2] - math.log(10)) < 0.1  # ...and the loss is that of a uniform guess

"""Gradient descent on a 1-D quadratic with a learning rate too small, about right, and too large."""
import matplotlib.pyplot as plt
import numpy as np
import torch

CURVATURE = 4.0   # the second derivative of the loss: it sets the largest stable learning rate, 2/4
MINIMUM = 3.0
STEPS = 30


def loss_fn(w):
    return 0.5 * CURVATURE * (w - MINIMUM) ** 2


learning_rates = {"too small (0.02)": 0.02, "about right (0.2)": 0.2, "too large (0.55)": 0.55}
runs = {}
for label, lr in learning_rates.items():
    w = torch.tensor(0.0, requires_grad=True)
    path, losses = [], []
    for step in range(STEPS + 1):
        loss = loss_fn(w)
        path.append(w.item())
        losses.append(loss.item())
        loss.backward()
        with torch.no_grad():
            w -= lr * w.grad   # a small step against the gradient
        w.grad = None
    runs[label] = (np.array(path), np.array(losses))
    print(f"lr {lr:<4}: w after 1, 2, 3 steps = {path[1]:.3f}, {path[2]:.3f}, {path[3]:.3f};"
          f"  loss after {STEPS} steps = {losses[-1]:.3g}")

fig, (ax_loss, ax_path) = plt.subplots(1, 2, figsize=(10, 4))
for label, (path, losses) in runs.items():
    ax_loss.plot(losses, marker=".", label=label)
ax_loss.set_yscale("log")
ax_loss.set_ylim(1e-8, 1e4)   # the diverging run keeps climbing; beyond 1e4 there is nothing to see
ax_loss.set_title("Loss per step (log scale)")
ax_loss.set_xlabel("step")
ax_loss.set_ylabel("loss")
ax_loss.legend()

w_grid = np.linspace(-4, 10, 200)
ax_path.plot(w_grid, 0.5 * CURVATURE * (w_grid - MINIMUM) ** 2, color="lightgray")
for label, (path, losses) in runs.items():
    first = path[:5]   # four steps show the pattern
    ax_path.plot(first, 0.5 * CURVATURE * (first - MINIMUM) ** 2, marker="o", label=label)
ax_path.set_ylim(-3, 90)
ax_path.set_title("The first four steps on the loss curve")
ax_path.set_xlabel("parameter w")
ax_path.set_ylabel("loss")
fig.suptitle(f"Gradient descent on loss = {CURVATURE / 2:g}·(w − {MINIMUM:g})², starting at w = 0")
fig.tight_layout()
plt.show()

"""Gradient descent on a 1-D quadratic with a learning rate too small, about right, and too large."""
import matplotlib.pyplot as plt
import numpy as np
import torch

CURVATURE = 4.0   # the second derivative of the loss: it sets the largest stable learning rate, 2/4
MINIMUM = 3.0
STEPS = 30


def loss_fn(w):
    return 0.5 * CURVATURE * (w - MINIMUM) ** 2


learning_rates = {0.02: "too small", 0.2: "about right", 0.55: "too large"}
runs = {}
for lr in learning_rates:
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
    runs[lr] = (np.array(path), np.array(losses))
    # Each step multiplies the distance to the minimum by 1 − lr · curvature.
    print(f"lr {lr:<4}: factor {1 - lr * CURVATURE:+.2f}; w after 1, 2, 3 steps = "
          f"{path[1]:.3f}, {path[2]:.3f}, {path[3]:.3f};  loss after {STEPS} steps = {losses[-1]:.3g}")

# The numbers the text quotes.
factor_small, factor_right, factor_large = (1 - lr * CURVATURE for lr in learning_rates)
loss_small = runs[0.02][1][-1]
steps_to_zero = int(np.flatnonzero(runs[0.2][1] == 0)[0])   # the first exact 0: float32 ran out of digits
first_step_large = runs[0.55][0][1]
loss_large = runs[0.55][1][-1]

fig, (ax_loss, ax_path) = plt.subplots(1, 2, figsize=(10, 4))
for lr, (path, losses) in runs.items():
    ax_loss.plot(losses, marker=".", label=f"{learning_rates[lr]} ({lr})")
ax_loss.set_yscale("log")
ax_loss.set_ylim(1e-8, 1e4)   # the diverging run keeps climbing; beyond 1e4 there is nothing to see
ax_loss.set_title("Loss per step (log scale)")
ax_loss.set_xlabel("step")
ax_loss.set_ylabel("loss")
ax_loss.legend()

w_grid = np.linspace(-4, 10, 200)
ax_path.plot(w_grid, 0.5 * CURVATURE * (w_grid - MINIMUM) ** 2, color="lightgray")
for lr, (path, losses) in runs.items():
    first = path[:5]   # four steps show the pattern
    ax_path.plot(first, 0.5 * CURVATURE * (first - MINIMUM) ** 2, marker="o", label=f"{learning_rates[lr]} ({lr})")
ax_path.set_ylim(-3, 90)
ax_path.set_title("The first four steps on the loss curve")
ax_path.set_xlabel("parameter w")
ax_path.set_ylabel("loss")
fig.suptitle(f"Gradient descent on loss = {CURVATURE / 2:g}·(w − {MINIMUM:g})², starting at w = 0")
fig.tight_layout()
plt.show()

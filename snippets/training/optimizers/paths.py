"""Six optimizers on the same 2-D loss surface with a long, narrow, curved valley."""
import matplotlib.pyplot as plt
import numpy as np
import torch

STEPS = 200
START = (-1.5, 2.0)


def loss_fn(x, y):
    # A Rosenbrock function: the valley floor follows y = x², the minimum is 0 at (1, 1).
    return (1 - x) ** 2 + 20 * (y - x**2) ** 2


# Each optimizer gets a learning rate suited to it: SGD's step is lr × gradient, so its
# lr must be small where the walls are steep; the adaptive methods step about lr per coordinate.
optimizers = {
    "SGD, lr 0.003": lambda params: torch.optim.SGD(params, lr=0.003),
    "SGD + momentum 0.9, lr 0.003": lambda params: torch.optim.SGD(params, lr=0.003, momentum=0.9),
    "SGD + Nesterov 0.9, lr 0.003": lambda params: torch.optim.SGD(params, lr=0.003, momentum=0.9,
                                                                   nesterov=True),
    "Adagrad, lr 0.5": lambda params: torch.optim.Adagrad(params, lr=0.5),
    "RMSprop, lr 0.01": lambda params: torch.optim.RMSprop(params, lr=0.01),
    "Adam, lr 0.1": lambda params: torch.optim.Adam(params, lr=0.1),
}


def descend(make_optimizer):
    """STEPS steps from START: the points visited, the loss before each step, and the loss at the end."""
    point = torch.tensor(START, requires_grad=True)
    optimizer = make_optimizer([point])
    path, losses = [point.tolist()], []
    for step in range(STEPS):
        loss = loss_fn(*point)
        losses.append(loss.item())
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        path.append(point.tolist())
    return np.array(path), np.array(losses), loss_fn(*point).item()


# The curvature across the valley at the start: the largest eigenvalue of the Hessian.
hessian = torch.autograd.functional.hessian(lambda point: loss_fn(*point), torch.tensor(START))
wall_curvature = torch.linalg.eigvalsh(hessian).max().item()
print(f"curvature of the walls at the start {wall_curvature:.0f}: plain gradient descent needs lr < {2 / wall_curvature:.4f}")

paths, final_losses = {}, {}
for name, make_optimizer in optimizers.items():
    path, losses, final_losses[name] = descend(make_optimizer)
    paths[name] = path, losses
    print(f"{name:30s} final (x, y) = ({path[-1, 0]:6.3f}, {path[-1, 1]:6.3f}), final loss {final_losses[name]:.2g}")

sgd_loss, momentum_loss, nesterov_loss, adagrad_loss, rmsprop_loss, adam_loss = final_losses.values()
largest_stable_lr = 2 / wall_curvature
adagrad_spike = paths["Adagrad, lr 0.5"][1][1]  # the loss after Adagrad's first step
# Adagrad's first step is lr · g / |g|: exactly lr along each coordinate.
assert np.allclose(np.abs(paths["Adagrad, lr 0.5"][0][1] - START), 0.5)
# The ranking depends on the learning rates: RMSprop with three times its lr, not drawn.
rmsprop_faster_loss = descend(lambda params: torch.optim.RMSprop(params, lr=0.03))[2]
print(f"{'RMSprop, lr 0.03 (not drawn)':30s} final loss {rmsprop_faster_loss:.2g}")

xs, ys = np.meshgrid(np.linspace(-2, 1.6, 300), np.linspace(-0.5, 3, 300))
fig, (ax, ax_loss) = plt.subplots(1, 2, figsize=(13, 5.5), width_ratios=[1.3, 1])
ax.contour(xs, ys, loss_fn(xs, ys), levels=np.logspace(-1.5, 2.5, 15), colors="0.75", linewidths=0.7)
for name, (path, losses) in paths.items():
    line, = ax.plot(path[:, 0], path[:, 1], marker=".", markersize=3, linewidth=1.2, label=name)
    ax.plot(*path[-1], "o", color=line.get_color(), markersize=9)   # where it ended
    ax_loss.plot(losses, color=line.get_color(), label=name)
ax.plot(*START, "ks", label="start")
ax.plot(1, 1, "k*", markersize=16, label="minimum (1, 1)")
ax.set_xlim(-2, 1.6)
ax.set_ylim(-0.5, 3)
ax.set_title("Paths (large dot: where each ended)")
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.legend(loc="upper right", fontsize=8)
ax_loss.set_yscale("log")
ax_loss.set_title("Loss per step")
ax_loss.set_xlabel("step")
ax_loss.set_ylabel("loss (log scale)")
fig.suptitle(f"{STEPS} steps of six optimizers on the valley (1 − x)² + 20·(y − x²)², from {START}")
fig.tight_layout()
plt.show()

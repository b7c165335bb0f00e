# %% trial
"""Grid search against random search with the same budget of 9 trials, on a learning rate and a weight decay."""
import os

import matplotlib.pyplot as plt
import torch
from torch import nn

from tutorial_data import load_mnist

torch.manual_seed(0)  # the same random numbers on every run
accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")

# The same splits as the early-stopping snippet: 500 train, 300 validation, 2,000 test (unused here).
images, labels = load_mnist("test")
order = torch.randperm(len(labels))
images = (images[order].flatten(start_dim=1).float() / 255).to(device)
labels = labels[order].to(device)
x_train, y_train = images[:500], labels[:500]
x_val, y_val = images[500:800], labels[500:800]

EPOCHS = 8


def trial(learning_rate, weight_decay):
    """One trial: train a small MLP with these hyperparameters, return its validation accuracy."""
    torch.manual_seed(0)  # every trial starts from the same weights and sees the same batches
    model = nn.Sequential(nn.Linear(28 * 28, 64), nn.ReLU(), nn.Linear(64, 10)).to(device)
    optimizer = torch.optim.SGD(model.parameters(), lr=learning_rate, momentum=0.9, weight_decay=weight_decay)
    for epoch in range(EPOCHS):
        model.train()
        for batch in torch.randperm(len(y_train)).split(50):
            optimizer.zero_grad()
            nn.functional.cross_entropy(model(x_train[batch]), y_train[batch]).backward()
            optimizer.step()
    model.eval()
    with torch.no_grad():
        return (model(x_val).argmax(dim=1) == y_val).float().mean().item()


# %% search
# The search space: both hyperparameters on a log scale, 1e-4 to 1 and 1e-6 to 1e-2.
LR_RANGE, WD_RANGE = (-4.0, 0.0), (-6.0, -2.0)  # exponents of 10

# Grid: 3 values of each, evenly spaced on the log scale, every combination: 3 x 3 = 9 trials.
grid_lrs = torch.logspace(*LR_RANGE, steps=3, dtype=torch.float64).tolist()
grid_wds = torch.logspace(*WD_RANGE, steps=3, dtype=torch.float64).tolist()
grid = [(lr, wd) for lr in grid_lrs for wd in grid_wds]

# Random: 9 points drawn uniformly on the log scale of each range, independently.
random_points = list(zip((10 ** torch.empty(9, dtype=torch.float64).uniform_(*LR_RANGE)).tolist(),
                         (10 ** torch.empty(9, dtype=torch.float64).uniform_(*WD_RANGE)).tolist()))

results = {}
for name, points in (("grid", grid), ("random", random_points)):
    scores = [trial(lr, wd) for lr, wd in points]
    results[name] = scores
    print(f"{name} search:")
    for (lr, wd), score in zip(points, scores):
        print(f"  lr {lr:8.2e}  weight decay {wd:8.2e}  validation accuracy {score:.1%}")

grid_distinct_lrs = len({lr for lr, _ in grid})
random_distinct_lrs = len({lr for lr, _ in random_points})
grid_best, random_best = max(results["grid"]), max(results["random"])
grid_best_lr = grid[results["grid"].index(grid_best)][0]
random_best_lr = random_points[results["random"].index(random_best)][0]
print(f"distinct learning rates tried: grid {grid_distinct_lrs}, random {random_distinct_lrs}")
print(f"best validation accuracy: grid {grid_best:.1%} (lr {grid_best_lr:.2e}), "
      f"random {random_best:.1%} (lr {random_best_lr:.2e})")
assert (grid_distinct_lrs, random_distinct_lrs) == (3, 9)
assert random_best > grid_best

# How much each hyperparameter matters, read off the grid: the spread of the scores
# when only the weight decay changes (lr fixed), and when only the learning rate changes.
grid_scores = torch.tensor(results["grid"]).reshape(3, 3)  # rows: learning rates, columns: weight decays
spread_over_wd = (grid_scores.amax(dim=1) - grid_scores.amin(dim=1)).mean().item()
spread_over_lr = (grid_scores.amax(dim=0) - grid_scores.amin(dim=0)).mean().item()
spread_over_lr_points, spread_over_wd_points = 100 * spread_over_lr, 100 * spread_over_wd
print(f"mean spread of the accuracy: {spread_over_lr_points:.1f} percentage points when the learning rate changes, "
      f"{spread_over_wd_points:.1f} when the weight decay changes")
assert spread_over_lr > 3 * spread_over_wd

# %% figure
fig, (ax_plane, ax_lr) = plt.subplots(1, 2, figsize=(11, 4.5), layout="constrained")
for name, points, marker in (("grid", grid, "s"), ("random", random_points, "o")):
    lrs, wds = zip(*points)
    dots = ax_plane.scatter(lrs, wds, c=results[name], cmap="viridis", vmin=0, vmax=1, marker=marker,
                            s=90, edgecolors="black")
    ax_plane.plot([], [], marker, color="white", markeredgecolor="black", markersize=9, label=name)  # for the legend
    ax_lr.plot(lrs, results[name], marker, linestyle="none", markersize=8, fillstyle="none" if name == "grid" else "full",
               label=f"{name}: {len(set(lrs))} distinct learning rates")
for ax in (ax_plane, ax_lr):
    ax.set_xscale("log")
    ax.set_xlabel("learning rate")
ax_plane.set_yscale("log")
ax_plane.set_ylabel("weight decay")
ax_plane.set_title("The 9 trials of each search")
ax_plane.legend(loc="upper center", bbox_to_anchor=(0.5, -0.15), ncols=2)
fig.colorbar(dots, ax=ax_plane, label="validation accuracy")
ax_lr.set_ylabel("validation accuracy")
ax_lr.set_title("Seen from the learning rate alone")
ax_lr.legend(loc="center left")
fig.suptitle("Grid against random search: 9 trials each")
plt.show()

"""Activations of Linear + ReLU on MNIST before and after BatchNorm: each unit is shifted and scaled, not reshaped."""
import matplotlib.pyplot as plt
import torch
from torch import nn

from tutorial_data import load_mnist

images, _ = load_mnist("test")
batch = images[:1000].flatten(start_dim=1).float() / 255  # 1000 images as vectors of 784 pixels

torch.manual_seed(0)
hidden_layer = nn.Sequential(nn.Linear(784, 32), nn.ReLU())
batch_norm = nn.BatchNorm1d(32)
with torch.no_grad():
    before = hidden_layer(batch)
    after = batch_norm(before)

means, stds = before.mean(dim=0), before.std(dim=0, correction=0)
print(f"before BatchNorm: unit means from {means.min():.3f} to {means.max():.3f}, "
      f"stds from {stds.min():.3f} to {stds.max():.3f}")
means, stds = after.mean(dim=0), after.std(dim=0, correction=0)
print(f"after  BatchNorm: largest |mean| of a unit {means.abs().max():.1e}, "
      f"stds from {stds.min():.3f} to {stds.max():.3f}")
smallest_std_after = stds.min().item()
# eps = 1e-5 is added to each unit's variance: for the unit with the least spread that is no longer negligible.
smallest_variance_before = before.var(dim=0, correction=0)[stds.argmin()].item()

# The units with the smallest, the middle and the largest mean activation.
order = before.mean(dim=0).argsort()
units = [order[0].item(), order[16].item(), order[-1].item()]
fig, axes = plt.subplots(1, 2, figsize=(10, 4))
for ax, activations, title in [(axes[0], before, "before: Linear(784, 32) + ReLU"),
                               (axes[1], after, "after BatchNorm1d(32)")]:
    for unit in units:
        ax.hist(activations[:, unit].numpy(), bins=40, histtype="step", linewidth=1.5, label=f"unit {unit}")
    ax.set_yscale("log")  # the ReLU's zeros pile up in one bar
    ax.set_title(title)
    ax.set_xlabel("activation")
    ax.set_ylabel("number of images (log)")
axes[0].legend()
fig.suptitle("Three hidden units on 1000 MNIST images")
fig.tight_layout()
plt.show()

"""running_mean and running_var approach the data's statistics: momentum 0.1 versus None."""
import matplotlib.pyplot as plt
import torch
from torch import nn

TRUE_MEAN, TRUE_STD = 3.0, 2.0
BATCHES, BATCH_SIZE = 300, 16

torch.manual_seed(0)
layers = {"momentum=0.1": nn.BatchNorm1d(1, momentum=0.1),
          "momentum=None (cumulative)": nn.BatchNorm1d(1, momentum=None)}
history = {name: {"mean": [], "var": []} for name in layers}
for _ in range(BATCHES):
    batch = torch.randn(BATCH_SIZE, 1) * TRUE_STD + TRUE_MEAN
    for name, layer in layers.items():
        layer(batch)
        history[name]["mean"].append(layer.running_mean.item())
        history[name]["var"].append(layer.running_var.item())

for name in layers:
    print(f"{name:27s} after {BATCHES} batches: running_mean {history[name]['mean'][-1]:.3f}, "
          f"running_var {history[name]['var'][-1]:.3f}  (true: {TRUE_MEAN}, {TRUE_STD**2})")

fig, (ax_mean, ax_var) = plt.subplots(1, 2, figsize=(10, 4))
for ax, key, truth in [(ax_mean, "mean", TRUE_MEAN), (ax_var, "var", TRUE_STD**2)]:
    for name in layers:
        ax.plot(range(1, BATCHES + 1), history[name][key], label=name)
    ax.axhline(truth, color="black", linestyle=":", label=f"true {key} ({truth:g})")
    ax.set_title(f"running_{key}")
    ax.set_xlabel("training batches seen")
    ax.set_ylabel(key)
ax_mean.legend()
fig.suptitle(f"BatchNorm1d running statistics on data with mean {TRUE_MEAN:g} and std {TRUE_STD:g}, "
             f"batches of {BATCH_SIZE}")
fig.tight_layout()
plt.show()

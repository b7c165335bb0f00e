"""A Conv2d(3, 6, 3) on real CIFAR-10 images, each of its 6 output channels shown as its own grey-scale map."""
import matplotlib.pyplot as plt
import torch
from torch import nn

from tutorial_data import CIFAR10_CLASSES, load_cifar10

images, labels = load_cifar10("test")
class_names = ("automobile", "cat", "ship")
first_of_class = [int((labels == CIFAR10_CLASSES.index(name)).nonzero()[0]) for name in class_names]
batch = images[first_of_class].float() / 255  # uint8 0..255 -> floats in [0, 1], as layers expect

torch.manual_seed(0)
conv = nn.Conv2d(in_channels=3, out_channels=6, kernel_size=3)  # untrained: random weights
with torch.no_grad():
    feature_maps = conv(batch)
print("input:", tuple(batch.shape), " feature maps:", tuple(feature_maps.shape))
print("feature map values from", round(feature_maps.min().item(), 2), "to", round(feature_maps.max().item(), 2))

# One grey-scale panel per channel, all on one scale, so bright means the same number everywhere.
low, high = feature_maps.min().item(), feature_maps.max().item()
fig, axes = plt.subplots(len(class_names), 7, figsize=(11, 5.2), layout="constrained")
for row, name in enumerate(class_names):
    axes[row, 0].imshow(batch[row].permute(1, 2, 0).numpy())  # imshow wants height, width, RGB
    axes[row, 0].set_ylabel(name)
    for channel in range(6):
        shown = axes[row, channel + 1].imshow(feature_maps[row, channel].numpy(), cmap="gray", vmin=low, vmax=high)
axes[0, 0].set_title("input (RGB)")
for channel in range(6):
    axes[0, channel + 1].set_title(f"channel {channel}")
for ax in axes.flat:
    ax.set_xticks([])
    ax.set_yticks([])
fig.colorbar(shown, ax=axes[:, 1:], shrink=0.8, label="feature value")
fig.suptitle("The 6 feature maps of an untrained Conv2d(3, 6, kernel_size=3), one 30x30 map per channel")
plt.show()

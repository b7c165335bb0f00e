"""Max and average pooling on real CIFAR-10 images, with 2x2 and 4x4 windows."""
import matplotlib.pyplot as plt
import torch
from torch import nn

from tutorial_data import CIFAR10_CLASSES, load_cifar10

images, labels = load_cifar10("test")
class_names = ("automobile", "cat", "ship")
first_of_class = [int((labels == CIFAR10_CLASSES.index(name)).nonzero()[0]) for name in class_names]
batch = images[first_of_class].float() / 255  # floats in [0, 1]

versions = {"original 32x32": batch}
for size in (2, 4):
    # Pooling works on each channel separately, so the results are still RGB images in [0, 1].
    versions[f"max pool {size} → {32 // size}x{32 // size}"] = nn.MaxPool2d(size)(batch)
    versions[f"avg pool {size} → {32 // size}x{32 // size}"] = nn.AvgPool2d(size)(batch)
for title, pooled in versions.items():
    print(f"{title:22s} shape {tuple(pooled.shape)}  mean brightness {pooled.mean().item():.3f}")
mean_brightness = batch.mean().item()
max_pool_2_brightness, max_pool_4_brightness = (nn.MaxPool2d(size)(batch).mean().item() for size in (2, 4))

fig, axes = plt.subplots(len(class_names), len(versions), figsize=(10, 6.4), layout="constrained")
for row, name in enumerate(class_names):
    for column, (title, pooled) in enumerate(versions.items()):
        # "nearest" shows each pooled pixel as a block instead of blurring it.
        axes[row, column].imshow(pooled[row].permute(1, 2, 0).numpy(), interpolation="nearest")
        axes[row, column].set_xticks([])
        axes[row, column].set_yticks([])
        if row == 0:
            axes[row, column].set_title(title, fontsize=10)
    axes[row, 0].set_ylabel(name)
fig.suptitle("Max pooling keeps each window's largest value per colour channel (brighter); average pooling blurs")
plt.show()

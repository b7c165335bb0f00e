"""padding_mode: how nn.Conv2d fills the border, made visible with a 1x1 kernel of weight 1."""
import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)  # the same random numbers on every run
numbers = torch.arange(1.0, 10.0).reshape(1, 1, 3, 3)  # 1 to 9, so every border value can be traced
padding = 2
padded = {}
for mode in ("zeros", "reflect", "replicate", "circular"):
    # A 1x1 kernel holding 1 and no bias copies its input: the output is the padded image itself.
    copy_layer = nn.Conv2d(1, 1, kernel_size=1, padding=padding, padding_mode=mode, bias=False)
    with torch.no_grad():
        copy_layer.weight.fill_(1.0)
        padded[mode] = copy_layer(numbers)[0, 0]
    # The same border as F.pad (which calls "zeros" "constant").
    assert torch.equal(padded[mode], F.pad(numbers, [padding] * 4, mode="constant" if mode == "zeros" else mode)[0, 0])
    print(f"padding_mode={mode!r}:")
    print(padded[mode].long())

fig, axes = plt.subplots(1, 4, figsize=(10, 3.2))
for ax, (mode, grid) in zip(axes, padded.items()):
    ax.imshow(grid.numpy(), cmap="Blues", vmin=-3, vmax=12)
    for row in range(grid.shape[0]):
        for column in range(grid.shape[1]):
            ax.text(column, row, int(grid[row, column]), ha="center", va="center", fontsize=9)
    # Outline the original 3x3 image inside its border.
    ax.add_patch(plt.Rectangle((padding - 0.5, padding - 0.5), 3, 3, fill=False, edgecolor="red", linewidth=2))
    ax.set_title(f"padding_mode='{mode}'")
    ax.set_xticks([])
    ax.set_yticks([])
fig.suptitle("A 3x3 image (red box) padded by 2 pixels in each padding_mode")
fig.tight_layout()
plt.show()

# On a blank (all-ones) image a left-to-right difference should give 0 everywhere; the zero border makes edges.
blank = torch.ones(1, 1, 5, 5)
difference = torch.tensor([[[[-1.0, 0.0, 1.0]]]])  # right neighbour minus left neighbour
for mode in ("zeros", "reflect", "replicate"):
    padded = nn.functional.pad(blank, (1, 1, 0, 0), mode="constant" if mode == "zeros" else mode)
    row = nn.functional.conv2d(padded, difference)[0, 0, 0].tolist()
    print(f"blank image, padding_mode={mode!r:11}: left-to-right difference along a row {row}")

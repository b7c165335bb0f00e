"""Which input pixels one output of a 3x3 convolution reads, for dilation 1, 2 and 3, found with autograd."""
import matplotlib.pyplot as plt
import torch
from torch import nn

torch.manual_seed(0)  # the same random numbers on every run
size = 11
fig, axes = plt.subplots(1, 3, figsize=(9, 3.4))
for ax, dilation in zip(axes, (1, 2, 3)):
    conv = nn.Conv2d(1, 1, kernel_size=3, dilation=dilation, padding="same", bias=False)
    image = torch.zeros(1, 1, size, size, requires_grad=True)
    # The gradient of one output pixel is non-zero exactly at the input pixels it was computed from.
    conv(image)[0, 0, size // 2, size // 2].backward()
    read = (image.grad[0, 0] != 0).float()
    print(f"dilation {dilation}: reads {int(read.sum())} pixels spread over rows "
          f"{read.nonzero()[:, 0].unique().tolist()}")
    ax.imshow(read.numpy(), cmap="Greys", vmin=0, vmax=1.6)
    ax.set_xticks(torch.arange(-0.5, size).tolist(), labels=[])
    ax.set_yticks(torch.arange(-0.5, size).tolist(), labels=[])
    ax.grid(color="lightgrey")
    ax.tick_params(length=0)
    ax.set_title(f"dilation={dilation}")
    ax.set_xlabel("input column")
axes[0].set_ylabel("input row")
fig.suptitle("The 9 input pixels that one output of a 3x3 convolution reads")
fig.tight_layout()
plt.show()

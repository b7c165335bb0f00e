# %% counts
"""nn.Conv2d's groups: the channels split into groups that do not see each other; depthwise convolution."""
import torch
from torch import nn

torch.manual_seed(0)
for groups in (1, 2, 4):
    conv = nn.Conv2d(in_channels=4, out_channels=8, kernel_size=3, groups=groups)
    print(f"groups={groups}  weight {tuple(conv.weight.shape)}"
          f"  parameters {sum(p.numel() for p in conv.parameters())}")

# %% independent
# With groups=2, output channels 0-3 read only input channels 0-1: changing channels 2-3 leaves them alone.
conv = nn.Conv2d(4, 8, kernel_size=3, groups=2)
image = torch.rand(1, 4, 6, 6)
changed = image.clone()
changed[:, 2:] = torch.rand(1, 2, 6, 6)
with torch.no_grad():
    difference = (conv(changed) - conv(image)).abs().amax(dim=(0, 2, 3))
print("largest change per output channel:", [round(d, 3) for d in difference.tolist()])

# %% depthwise
# Depthwise: groups = in_channels, one 3x3 filter per channel. Followed by a 1x1 "pointwise"
# convolution that mixes the channels, it replaces a full 3x3 convolution with far fewer weights.
full = nn.Conv2d(32, 64, kernel_size=3, padding=1)
depthwise = nn.Conv2d(32, 32, kernel_size=3, padding=1, groups=32)
pointwise = nn.Conv2d(32, 64, kernel_size=1)
features = torch.rand(1, 32, 16, 16)


def count(*layers):
    return sum(p.numel() for layer in layers for p in layer.parameters())


print("depthwise weight:", tuple(depthwise.weight.shape))
print("full 3x3:            output", tuple(full(features).shape), " parameters", count(full))
print("depthwise+pointwise: output", tuple(pointwise(depthwise(features)).shape),
      " parameters", count(depthwise, pointwise))
separable_share = count(depthwise, pointwise) / count(full)

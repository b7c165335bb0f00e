# %% identity
"""The residual block as an nn.Module: out = relu(x + F(x)), with a 1x1 projection shortcut when the shape changes."""
import torch
import torch.nn.functional as F
import torchvision
from torch import nn

torch.manual_seed(0)  # the same random numbers on every run


class ResidualBlock(nn.Module):
    """Two 3x3 convolutions with BatchNorm, F(x), added to the block's input: relu(shortcut(x) + F(x))."""

    def __init__(self, channels_in, channels_out, stride=1):
        super().__init__()
        # bias=False: the BatchNorm right after each convolution has a shift of its own.
        self.conv1 = nn.Conv2d(channels_in, channels_out, 3, stride=stride, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(channels_out)
        self.conv2 = nn.Conv2d(channels_out, channels_out, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(channels_out)
        if stride == 1 and channels_in == channels_out:
            self.shortcut = nn.Identity()  # same shape: x is added as it is, no parameters
        else:
            # Another shape: a 1x1 convolution with the same stride gives x the shape of F(x).
            self.shortcut = nn.Sequential(
                nn.Conv2d(channels_in, channels_out, 1, stride=stride, bias=False), nn.BatchNorm2d(channels_out))

    def forward(self, x):
        residual = F.relu(self.bn1(self.conv1(x)))
        residual = self.bn2(self.conv2(residual))  # no ReLU here: F(x) may be negative
        return F.relu(self.shortcut(x) + residual)  # the ReLU comes after the addition


def count(module):
    return sum(p.numel() for p in module.parameters())


block = ResidualBlock(16, 16)
x = torch.randn(8, 16, 32, 32)
out = block(x)
print(f"ResidualBlock(16, 16): {tuple(x.shape)} -> {tuple(out.shape)}, {count(block):,} parameters "
      f"(shortcut: {count(block.shortcut)})")
# The block is exactly relu(x + F(x)), F being the two convolutions and their BatchNorms.
f_of_x = block.bn2(block.conv2(F.relu(block.bn1(block.conv1(x)))))
print("block(x) equals relu(x + F(x)):", torch.equal(out, F.relu(x + f_of_x)))
assert torch.equal(out, F.relu(x + f_of_x))

# %% projection
# Halving the size and doubling the channels: x (16 channels, 32x32) cannot be added to
# F(x) (32 channels, 16x16) until a 1x1 convolution with stride 2 projects it.
block = ResidualBlock(16, 32, stride=2)
out = block(x)
print(f"ResidualBlock(16, 32, stride=2): {tuple(x.shape)} -> {tuple(out.shape)}, {count(block):,} parameters "
      f"(shortcut: {count(block.shortcut)})")
print(block.shortcut)
identity_block_parameters = count(ResidualBlock(16, 16))
projection_parameters = count(block.shortcut)
assert projection_parameters == 16 * 32 + 2 * 32  # the 1x1 weights, BatchNorm's scale and shift

# torchvision's ResNet-18 and ResNet-34 use the same block, BasicBlock; its shortcut is called
# `downsample`. With our weights copied in, it computes exactly what ours computes.
theirs = torchvision.models.resnet.BasicBlock(
    16, 32, stride=2, downsample=nn.Sequential(nn.Conv2d(16, 32, 1, stride=2, bias=False), nn.BatchNorm2d(32)))
theirs.load_state_dict({name.replace("shortcut", "downsample"): value for name, value in block.state_dict().items()})
same_as_torchvision = torch.equal(theirs(x), out)
print("torchvision's BasicBlock with our weights gives the same output:", same_as_torchvision)
assert same_as_torchvision

# %% shapes
"""Mistakes in residual blocks: no projection shortcut, an overwritten x, the ReLU before the addition, conv biases before BatchNorm."""
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)  # the same random numbers on every run


class BlockWithoutProjection(nn.Module):
    """Mistake: the shortcut is always x, even when F(x) has another shape."""

    def __init__(self, channels_in, channels_out, stride=1):
        super().__init__()
        self.conv1 = nn.Conv2d(channels_in, channels_out, 3, stride=stride, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(channels_out)
        self.conv2 = nn.Conv2d(channels_out, channels_out, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(channels_out)

    def forward(self, x):
        residual = self.bn2(self.conv2(F.relu(self.bn1(self.conv1(x)))))
        return F.relu(x + residual)


x = torch.randn(8, 16, 32, 32)
for channels_out, stride in [(16, 1), (32, 1), (16, 2)]:
    try:
        shape = tuple(BlockWithoutProjection(16, channels_out, stride)(x).shape)
    except RuntimeError as error:
        shape = f"RuntimeError: {error}"
    print(f"16 -> {channels_out} channels, stride {stride}: {shape}")

# %% overwritten
class OverwritingBlock(nn.Module):
    """Mistake: `x` is reused as the name of the branch's result, so `x + x` adds F(x) to itself."""

    def __init__(self, channels):
        super().__init__()
        self.conv1 = nn.Conv2d(channels, channels, 3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(channels)
        self.conv2 = nn.Conv2d(channels, channels, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(channels)

    def forward(self, x):
        x = F.relu(self.bn1(self.conv1(x)))
        x = self.bn2(self.conv2(x))
        return F.relu(x + x)  # runs, and has no shortcut at all


def passes_input_through(block, channels=16):
    """A test for any residual block: with F(x) = 0 it must give back its (non-negative) input."""
    with torch.no_grad():
        block.bn2.weight.zero_()  # BatchNorm's scale and shift at 0: the branch outputs 0
        block.bn2.bias.zero_()
    previous_output = F.relu(torch.randn(4, channels, 8, 8))  # a block's input came out of a ReLU
    return torch.equal(block(previous_output), previous_output)


right_passes = passes_input_through(BlockWithoutProjection(16, 16))  # the right block when shapes match
overwriting_passes = passes_input_through(OverwritingBlock(16))
print(f"with F(x) = 0, the block returns its input: right block {right_passes}, overwriting block {overwriting_passes}")
assert right_passes and not overwriting_passes

# %% relu
class ReluBeforeAddition(BlockWithoutProjection):
    """Mistake: the ReLU closes the branch, before the addition: x + relu(F(x))."""

    def forward(self, x):
        return x + F.relu(self.bn2(self.conv2(F.relu(self.bn1(self.conv1(x))))))


features = F.relu(torch.randn(8, 16, 16, 16))
for block_class in (BlockWithoutProjection, ReluBeforeAddition):
    torch.manual_seed(0)
    blocks = [block_class(16, 16) for _ in range(10)]
    h, decreased = features, []
    for block in blocks:
        out = block(h)
        decreased.append((out < h).float().mean().item())  # the share of values the block made smaller
        h = out
    print(f"{block_class.__name__:22s} share of values each block decreases: "
          + " ".join(f"{d:.2f}" for d in decreased) + f"; mean after 10 blocks {h.mean().item():.2f}")
    if block_class is ReluBeforeAddition:
        relu_before_mean = h.mean().item()
        assert max(decreased) == 0  # a block can only add: no feature ever goes down
    else:
        right_mean = h.mean().item()
        assert min(decreased) > 0.2
assert relu_before_mean > right_mean

# %% bias
# A convolution's bias just before BatchNorm: BatchNorm subtracts each channel's mean, bias included.
conv_with_bias = nn.Conv2d(16, 16, 3, padding=1, bias=True)
batch_norm = nn.BatchNorm2d(16)
images = torch.randn(8, 16, 16, 16)
output = batch_norm(conv_with_bias(images))
with torch.no_grad():
    conv_with_bias.bias.add_(5.0)  # move every bias a long way
output_after_moving = batch_norm(conv_with_bias(images))
bias_effect = (output_after_moving - output).abs().max().item()
# Any loss: the weights get a gradient, the biases (almost) none.
(output_after_moving * torch.randn_like(output_after_moving)).mean().backward()
bias_gradient = conv_with_bias.bias.grad.abs().max().item()
weight_gradient = conv_with_bias.weight.grad.abs().max().item()
print(f"largest change of BatchNorm's output when every bias moves by 5: {bias_effect:.1e}")
print(f"largest gradient: bias {bias_gradient:.1e}, weight {weight_gradient:.1e}")
print(f"wasted parameters: {conv_with_bias.bias.numel()} per convolution (BatchNorm's own shift does their job)")
assert bias_effect < 1e-4 and bias_gradient < weight_gradient / 1000

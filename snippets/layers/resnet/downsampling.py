# %% strided
"""Halve a feature map with a strided convolution instead of pooling, and end with global average pooling."""
import torch
from torch import nn
from torch.utils.flop_counter import FlopCounterMode

torch.manual_seed(0)  # the same random numbers on every run
x = torch.randn(1, 32, 32, 32)  # one image's feature maps: 32 channels of 32x32


def flops(module, inputs):
    """Floating-point operations of one forward pass, as torch's flop counter counts them."""
    with FlopCounterMode(display=False) as counter:
        module(inputs)
    return counter.get_total_flops()


# Two ways to go from 32 channels of 32x32 to 64 channels of 16x16.
conv_then_pool = nn.Sequential(nn.Conv2d(32, 64, 3, padding=1, bias=False), nn.MaxPool2d(2))
strided_conv = nn.Conv2d(32, 64, 3, stride=2, padding=1, bias=False)
for name, module in [("Conv2d + MaxPool2d(2)", conv_then_pool), ("Conv2d(stride=2)", strided_conv)]:
    parameters = sum(p.numel() for p in module.parameters())
    print(f"{name:22s} {tuple(x.shape)} -> {tuple(module(x).shape)}: {parameters:,} parameters, "
          f"{flops(module, x) / 1e6:.1f} MFLOPs")
# The strided convolution computes only the outputs it keeps: a quarter of the work.
strided_saving = flops(conv_then_pool, x) / flops(strided_conv, x)
assert strided_saving == 4

# %% global-pool
# A body of strided convolutions: each halves the size, 32x32 images end as 128 channels of 4x4.
body = nn.Sequential(
    nn.Conv2d(3, 32, 3, stride=2, padding=1), nn.ReLU(),
    nn.Conv2d(32, 64, 3, stride=2, padding=1), nn.ReLU(),
    nn.Conv2d(64, 128, 3, stride=2, padding=1), nn.ReLU(),
)
# Two classifiers for the end: flatten the 128x4x4 values, or average each channel first.
flatten_head = nn.Sequential(nn.Flatten(), nn.Linear(128 * 4 * 4, 10))
pooled_head = nn.Sequential(nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(128, 10))
flatten_parameters = sum(p.numel() for p in flatten_head.parameters())
pooled_parameters = sum(p.numel() for p in pooled_head.parameters())
print(f"Flatten + Linear(2048, 10):                       {flatten_parameters:,} parameters")
print(f"AdaptiveAvgPool2d(1) + Flatten + Linear(128, 10): {pooled_parameters:,} parameters")

for height, width in [(32, 32), (64, 64), (40, 56)]:
    images = torch.randn(2, 3, height, width)
    features = body(images)
    # AdaptiveAvgPool2d(1) is the mean of each channel over all positions, whatever their number.
    assert torch.allclose(pooled_head[0](features), features.mean(dim=(2, 3), keepdim=True))
    try:
        flatten_result = str(tuple(flatten_head(features).shape))
    except RuntimeError as error:
        flatten_result = f"RuntimeError: {error}"
    print(f"images {height}x{width} -> features {tuple(features.shape[1:])}: "
          f"global pooling -> {tuple(pooled_head(features).shape)}, flatten -> {flatten_result}")

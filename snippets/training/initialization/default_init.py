# %% formula
"""What nn.Linear and nn.Conv2d start from: kaiming_uniform_ with a=sqrt(5), which is U(-1/sqrt(fan_in), 1/sqrt(fan_in))."""
import math

import torch
from torch import nn

torch.manual_seed(0)

# Both layers' reset_parameters() call nn.init.kaiming_uniform_(weight, a=math.sqrt(5)).
# kaiming_uniform_ draws from U(-bound, bound) with bound = gain * sqrt(3 / fan_in),
# and the gain of a leaky ReLU with slope a is sqrt(2 / (1 + a**2)).
gain = nn.init.calculate_gain("leaky_relu", math.sqrt(5))
print(f"gain for a = sqrt(5): {gain:.4f} = sqrt(2 / 6) = 1/sqrt(3) = {1 / math.sqrt(3):.4f}")
print("so bound = (1/sqrt(3)) * sqrt(3 / fan_in) = 1 / sqrt(fan_in)")

# %% check
# fan_in is what each output sums over: in_features for Linear,
# in_channels * kernel height * kernel width for Conv2d.
layers = {"Linear(256, 512)": (nn.Linear(256, 512), 256),
          "Conv2d(16, 32, 3)": (nn.Conv2d(16, 32, kernel_size=3), 16 * 3 * 3)}
for name, (layer, fan_in) in layers.items():
    bound = 1 / math.sqrt(fan_in)
    weight, bias = layer.weight.detach(), layer.bias.detach()
    # A uniform distribution on [-b, b] has standard deviation b / sqrt(3).
    print(f"{name}: fan_in {fan_in}, bound 1/sqrt({fan_in}) = {bound:.4f}, expected std {bound / math.sqrt(3):.4f}")
    print(f"  weight: min {weight.min().item():+.4f}  max {weight.max().item():+.4f}  std {weight.std().item():.4f}")
    # The bias gets the same bound, also from the weight's fan_in.
    print(f"  bias:   min {bias.min().item():+.4f}  max {bias.max().item():+.4f}")
    assert -bound <= weight.min() and weight.max() <= bound
    assert -bound <= bias.min() and bias.max() <= bound
    assert abs(weight.std().item() - bound / math.sqrt(3)) < 0.02 * bound / math.sqrt(3)

linear_weight_std = layers["Linear(256, 512)"][0].weight.std().item()
linear_expected_std = 1 / math.sqrt(3 * 256)

# %% scale
# What that scale does to a signal: with inputs of variance 1, an output's variance is
# fan_in * Var(w) = fan_in * 1 / (3 * fan_in) = 1/3, whatever the width.
layer = nn.Linear(256, 256, bias=False)
x = torch.randn(4096, 256)
output_variance = layer(x).var().item()
after_relu = torch.relu(layer(x)).pow(2).mean().item()
print(f"output variance {output_variance:.3f} (1/3 = {1 / 3:.3f})")
print(f"mean square after ReLU {after_relu:.3f} (1/6 = {1 / 6:.3f}): each layer shrinks the signal")

"""Exercise: find by experiment the weight std that keeps a 50-layer ReLU network's signal at its scale."""
import math

import torch

torch.manual_seed(0)
depth, width = 50, 128
# Fixed random directions; only their scale changes from one try to the next.
directions = [torch.randn(width, width, dtype=torch.float64) for _ in range(depth)]
x = torch.randn(512, width, dtype=torch.float64)


def growth(std):
    """Mean square of the last layer's pre-activation over that of the input."""
    h = x
    for direction in directions:
        pre_activation = h @ (std * direction).T
        h = torch.relu(pre_activation)
    return pre_activation.pow(2).mean().item() / x.pow(2).mean().item()


low, high = 0.01, 1.0  # the signal vanishes at the first, explodes at the second
for _ in range(40):
    middle = math.sqrt(low * high)  # bisect on a log scale
    if growth(middle) > 1:
        high = middle
    else:
        low = middle
found_std = low
kaiming_std = math.sqrt(2 / width)
print(f"std found {found_std:.4f}, Kaiming's sqrt(2 / fan_in) = {kaiming_std:.4f}")
# ReLU(c·z) = c·ReLU(z), so scaling every weight by c scales the output by c to the power 50.
for factor in (0.9, 1.0, 1.1):
    print(f"std {factor} × {found_std:.4f}: the signal's mean square is multiplied by {growth(factor * found_std):.3g} "
          f"over {depth} layers")
growth_10_percent_less, growth_10_percent_more = growth(0.9 * found_std), growth(1.1 * found_std)
assert abs(found_std / kaiming_std - 1) < 0.05

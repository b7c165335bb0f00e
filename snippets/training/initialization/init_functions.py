# %% fans
"""The functions of torch.nn.init, each checked against its formula on a large tensor."""
import math

import torch
from torch import nn

torch.manual_seed(0)


def fans(weight):
    """fan_in and fan_out as nn.init computes them: dimension 1 and dimension 0 of the
    weight, both times the number of kernel positions (1 for a Linear layer)."""
    kernel_positions = math.prod(weight.shape[2:])
    return weight.shape[1] * kernel_positions, weight.shape[0] * kernel_positions


for layer in (nn.Linear(1024, 256), nn.Conv2d(64, 128, kernel_size=3), nn.Conv1d(8, 4, kernel_size=5)):
    fan_in, fan_out = fans(layer.weight)
    print(f"{str(layer):60s} weight {str(tuple(layer.weight.shape)):18s} fan_in {fan_in:4d}  fan_out {fan_out:4d}")
    # The same numbers as nn.init's own (private) helper, which every function below uses.
    assert (fan_in, fan_out) == nn.init._calculate_fan_in_and_fan_out(layer.weight)

# %% gains
# calculate_gain(nonlinearity): the factor that makes up for what the activation does
# to the variance (ReLU zeroes half the inputs, so its gain is sqrt(2)).
for nonlinearity, param in (("linear", None), ("conv2d", None), ("sigmoid", None), ("tanh", None),
                            ("relu", None), ("leaky_relu", 0.01), ("leaky_relu", math.sqrt(5)), ("selu", None)):
    label = nonlinearity if param is None else f"{nonlinearity}, a = {param:.4g}"
    print(f"calculate_gain({label:22s}) = {nn.init.calculate_gain(nonlinearity, param):.4f}")
assert nn.init.calculate_gain("tanh") == 5 / 3
assert nn.init.calculate_gain("relu") == math.sqrt(2)

# %% formulas
# A weight of a Linear(1024, 256): fan_in = 1024, fan_out = 256. Each function fills it
# in place; the measured spread is compared with the formula's.
weight = torch.empty(256, 1024)
fan_in, fan_out = fans(weight)
relu_gain = nn.init.calculate_gain("relu")
tanh_gain = nn.init.calculate_gain("tanh")
checks = [
    # (call, fills the weight, the std the formula gives, the bound of a uniform draw or None)
    ("normal_(w, mean=0, std=0.02)", lambda w: nn.init.normal_(w, mean=0.0, std=0.02), 0.02, None),
    ("uniform_(w, a=-0.1, b=0.1)", lambda w: nn.init.uniform_(w, a=-0.1, b=0.1), 0.1 / math.sqrt(3), 0.1),
    ("xavier_uniform_(w)", nn.init.xavier_uniform_,
     math.sqrt(2 / (fan_in + fan_out)), math.sqrt(6 / (fan_in + fan_out))),
    ("xavier_normal_(w, gain=tanh's)", lambda w: nn.init.xavier_normal_(w, gain=tanh_gain),
     tanh_gain * math.sqrt(2 / (fan_in + fan_out)), None),
    ("kaiming_uniform_(w, relu)", lambda w: nn.init.kaiming_uniform_(w, nonlinearity="relu"),
     relu_gain / math.sqrt(fan_in), relu_gain * math.sqrt(3 / fan_in)),
    ("kaiming_normal_(w, relu)", lambda w: nn.init.kaiming_normal_(w, nonlinearity="relu"),
     relu_gain / math.sqrt(fan_in), None),
    ("kaiming_normal_(w, relu, fan_out)", lambda w: nn.init.kaiming_normal_(w, mode="fan_out", nonlinearity="relu"),
     relu_gain / math.sqrt(fan_out), None),
    ("kaiming_normal_(w, tanh)", lambda w: nn.init.kaiming_normal_(w, nonlinearity="tanh"),
     tanh_gain / math.sqrt(fan_in), None),
]
for call, fill, expected_std, bound in checks:
    fill(weight)
    line = f"{call:36s} std {weight.std().item():.5f}  formula {expected_std:.5f}"
    assert abs(weight.std().item() - expected_std) < 0.01 * expected_std
    if bound is not None:
        line += f"   max |w| {weight.abs().max().item():.5f}  bound {bound:.5f}"
        assert weight.abs().max() <= bound
    print(line)

# %% mode
# mode="fan_in" keeps the forward signal's scale, mode="fan_out" the backward gradient's.
# One Linear(1024, 256) + ReLU, inputs of mean square 1, a gradient of std 1 from above.
x = torch.randn(2048, 1024, requires_grad=True)
gradient_from_above = torch.randn(2048, 256)
ratios = {}
for mode in ("fan_in", "fan_out"):
    layer = nn.Linear(1024, 256, bias=False)
    nn.init.kaiming_normal_(layer.weight, mode=mode, nonlinearity="relu")
    x.grad = None
    output = torch.relu(layer(x))
    output.backward(gradient_from_above)
    forward = output.pow(2).mean().item() / x.pow(2).mean().item()
    backward = x.grad.pow(2).mean().item() / gradient_from_above.pow(2).mean().item()
    ratios[mode] = forward, backward
    print(f"mode={mode!r:9s}: mean square forward ×{forward:.3f} (1024 → 256), gradient backward ×{backward:.3f} (256 → 1024)")
fan_in_backward, fan_out_forward = ratios["fan_in"][1], ratios["fan_out"][0]

# %% constants
# Every entry the same value: the distinct values of the filled weight.
print("zeros_:", nn.init.zeros_(weight).unique())
print("ones_:", nn.init.ones_(weight).unique())
print("constant_(w, 0.3):", nn.init.constant_(weight, 0.3).unique())

# %% orthogonal
# orthogonal_ fills the weight with a (semi-)orthogonal matrix: its rows are orthonormal,
# so it keeps the length of every vector it maps, scaled by gain.
square = nn.init.orthogonal_(torch.empty(256, 256))
wide = nn.init.orthogonal_(torch.empty(256, 1024))   # more columns than rows: orthonormal rows
scaled = nn.init.orthogonal_(torch.empty(256, 256), gain=relu_gain)
print("square: W Wᵀ = I:", torch.allclose(square @ square.T, torch.eye(256), atol=1e-5))
print("wide:   W Wᵀ = I:", torch.allclose(wide @ wide.T, torch.eye(256), atol=1e-5))
print(f"gain=sqrt(2): W Wᵀ = 2 I: {torch.allclose(scaled @ scaled.T, 2 * torch.eye(256), atol=1e-4)}")
x = torch.randn(256)
print(f"|x| = {x.norm().item():.4f}, |Wx| = {(square @ x).norm().item():.4f}")
print(f"std of an orthogonal 256x256 matrix {square.std().item():.5f} = 1/sqrt(256) = {1 / 16:.5f}")
orthogonal_std = square.std().item()

"""Gradient flow, recorded with hooks: the gradient norm of every layer of 30-layer plain, normalised and residual nets."""
import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F
from torch import nn

from tutorial_data import load_mnist

torch.manual_seed(0)  # the same random numbers on every run
DEPTH, WIDTH = 30, 64
images, labels = load_mnist("test")
# float64, so that the smallest gradients stay measurable (in float32 the plain Sigmoid net's reach 0).
x, y = images[:256].flatten(start_dim=1).double() / 255, labels[:256]


class DeepNet(nn.Module):
    """DEPTH layers of Linear + activation; from the second on, optionally normalised or residual."""

    def __init__(self, activation, kind):
        super().__init__()
        self.kind = kind  # "plain", "LayerNorm" (normalise each layer's input) or "residual"
        self.activation = activation
        self.first = nn.Linear(784, WIDTH)
        self.layers = nn.ModuleList(nn.Linear(WIDTH, WIDTH) for _ in range(DEPTH - 1))
        self.norms = nn.ModuleList(nn.LayerNorm(WIDTH) for _ in range(DEPTH - 1))
        self.head = nn.Linear(WIDTH, 10)

    def forward(self, x):
        h = self.activation(self.first(x))
        for linear, norm in zip(self.layers, self.norms):
            if self.kind == "plain":
                h = self.activation(linear(h))
            elif self.kind == "LayerNorm":
                h = self.activation(linear(norm(h)))
            else:
                h = h + self.activation(linear(h))  # the identity path carries the gradient back unchanged
        return self.head(h)


def gradient_norm_per_layer(model, x):
    """One backward pass; a hook on each Linear weight (head excluded) records its gradient's norm."""
    linears = [model.first, *model.layers]
    norms = [None] * len(linears)
    handles = [linear.weight.register_hook(lambda grad, i=i: norms.__setitem__(i, grad.norm().item()))
               for i, linear in enumerate(linears)]
    F.cross_entropy(model(x), y).backward()
    for handle in handles:
        handle.remove()
    return norms


networks = {"plain, Sigmoid": (nn.Sigmoid(), "plain"),
            "plain, Tanh": (nn.Tanh(), "plain"),
            "LayerNorm, Tanh": (nn.Tanh(), "LayerNorm"),
            "residual, Tanh": (nn.Tanh(), "residual")}
results = {}
for name, (activation, kind) in networks.items():
    torch.manual_seed(0)  # the same weights for every network
    results[name] = gradient_norm_per_layer(DeepNet(activation, kind).double(), x)

print(f"{'network':16s} {'layer 1':>9s} {'layer ' + str(DEPTH):>9s}  layer 1 / layer {DEPTH}")
for name, norms in results.items():
    print(f"{name:16s} {norms[0]:9.2e} {norms[-1]:9.2e}  {norms[0] / norms[-1]:9.1e}")

ratio = {name: norms[0] / norms[-1] for name, norms in results.items()}
sigmoid_ratio, tanh_ratio = ratio["plain, Sigmoid"], ratio["plain, Tanh"]
layernorm_ratio, residual_ratio = ratio["LayerNorm, Tanh"], ratio["residual, Tanh"]
# The plain nets' first layer gets orders of magnitude less gradient than their last; the others do not.
assert sigmoid_ratio < 1e-10 and tanh_ratio < 1e-4
assert 0.1 < layernorm_ratio < 100 and 0.1 < residual_ratio < 100
# Only their layer 1, which multiplies 784 pixels rather than 64 activations, stands out: from layer 2 on,
# every layer's gradient is within a factor of 3 of the last layer's.
for name in ("LayerNorm, Tanh", "residual, Tanh"):
    assert all(1 / 3 < norm / results[name][-1] < 3 for norm in results[name][1:]), name
# In float32, the plain Sigmoid net's first gradient is not just small: it is exactly 0.
torch.manual_seed(0)
sigmoid_float32_first = gradient_norm_per_layer(DeepNet(nn.Sigmoid(), "plain"), x.float())[0]
print("plain, Sigmoid in float32: the norm of layer 1's gradient is", sigmoid_float32_first)
assert sigmoid_float32_first == 0

fig, ax = plt.subplots(figsize=(8, 4.5), layout="constrained")
for (name, norms), marker, style in zip(results.items(), "ovs^", ["-", "--", "-.", ":"]):
    ax.plot(range(1, DEPTH + 1), norms, marker=marker, linestyle=style, markersize=4, label=name)
ax.set_yscale("log")
ax.set_xlabel("layer (1 = nearest the input)")
ax.set_ylabel("norm of the weight's gradient")
ax.set_title(f"Gradient flow through {DEPTH} layers at initialisation, recorded with tensor hooks")
ax.legend()
plt.show()

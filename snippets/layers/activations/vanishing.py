# %% bound
"""Why deep sigmoid networks learn slowly: the sigmoid's derivative is at most 0.25."""
import matplotlib.pyplot as plt
import torch
from torch import nn

x = torch.linspace(-6, 6, 1201, requires_grad=True)
(slope,) = torch.autograd.grad(torch.sigmoid(x).sum(), x)
print(f"largest sigmoid'(x): {slope.max():.4f} at x = {x[slope.argmax()]:.2f}")
points = torch.tensor([2.0, 5.0], requires_grad=True)
(slope_at_points,) = torch.autograd.grad(torch.sigmoid(points).sum(), points)
print(f"sigmoid'(2) = {slope_at_points[0]:.4f}, sigmoid'(5) = {slope_at_points[1]:.4f}")
# Backpropagation multiplies one such factor per layer.
for depth in (1, 5, 10, 20):
    print(f"{depth:2d} sigmoid layers: gradient scaled by at most 0.25**{depth} = {0.25**depth:.2e}")

# %% network
DEPTH, WIDTH = 12, 64


def gradient_norms(activation, init):
    """Build a deep MLP, backpropagate once and return each layer's weight-gradient norm."""
    torch.manual_seed(0)
    layers = []
    for _ in range(DEPTH):
        linear = nn.Linear(WIDTH, WIDTH)
        init(linear.weight)  # the initialisation recommended for this activation
        nn.init.zeros_(linear.bias)
        layers += [linear, activation]
    model = nn.Sequential(*layers, nn.Linear(WIDTH, 1))
    model(torch.randn(256, WIDTH)).pow(2).mean().backward()
    return [layer.weight.grad.norm().item() for layer in model if isinstance(layer, nn.Linear)][:DEPTH]


runs = {
    "Sigmoid (Xavier init)": gradient_norms(nn.Sigmoid(), nn.init.xavier_uniform_),
    "Tanh (Xavier init, gain 5/3)": gradient_norms(
        nn.Tanh(), lambda w: nn.init.xavier_uniform_(w, gain=nn.init.calculate_gain("tanh"))),
    "ReLU (Kaiming init)": gradient_norms(
        nn.ReLU(), lambda w: nn.init.kaiming_uniform_(w, nonlinearity="relu")),
}
for name, norms in runs.items():
    print(f"{name:30s} layer 1: {norms[0]:.2e}   layer {DEPTH}: {norms[-1]:.2e}   "
          f"ratio {norms[0] / norms[-1]:.1e}")
sigmoid_ratio, tanh_ratio, relu_ratio = (norms[0] / norms[-1] for norms in runs.values())
# What the page reads from these ratios: tanh keeps the size, ReLU is far closer to 1 than the sigmoid.
assert sigmoid_ratio < 1e-4 < relu_ratio and 0.5 < tanh_ratio < 2

fig, ax = plt.subplots(figsize=(8, 4))
for name, norms in runs.items():
    ax.plot(range(1, DEPTH + 1), norms, "o-", label=name)
ax.set_yscale("log")
ax.set_title(f"Gradient reaching each layer of a {DEPTH}-layer network")
ax.set_xlabel("layer (1 = nearest the input)")
ax.set_ylabel("norm of the weight's gradient (log)")
ax.legend()
plt.show()

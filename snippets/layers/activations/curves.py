"""The six most used activations and their derivatives, the derivatives computed by autograd."""
import matplotlib.pyplot as plt
import torch
from torch import nn

activations = {
    "ReLU": nn.ReLU(),
    "LeakyReLU (slope 0.1)": nn.LeakyReLU(negative_slope=0.1),  # 0.1 instead of 0.01, to be visible
    "Sigmoid": nn.Sigmoid(),
    "Tanh": nn.Tanh(),
    "SiLU / Swish": nn.SiLU(),
    "GELU": nn.GELU(),
}

x = torch.linspace(-4, 4, 801, requires_grad=True)
fig, axes = plt.subplots(2, 3, figsize=(10, 5.5), sharex=True, sharey=True)
print(f"{'activation':22s} {'f(-2)':>7s} {'f(0)':>7s} {'f(2)':>7s} {'max df/dx':>10s}")
for ax, (name, activation) in zip(axes.flat, activations.items()):
    y = activation(x)
    # Each y[i] depends on x[i] only, so the gradient of y.sum() is dy[i]/dx[i], point by point.
    (dy_dx,) = torch.autograd.grad(y.sum(), x)
    f = activation(torch.tensor([-2.0, 0.0, 2.0]))
    print(f"{name:22s} {f[0]:7.3f} {f[1]:7.3f} {f[2]:7.3f} {dy_dx.max():10.3f}")

    ax.axhline(0, color="0.8", linewidth=0.8)
    ax.axvline(0, color="0.8", linewidth=0.8)
    ax.plot(x.detach().numpy(), y.detach().numpy(), label="f(x)")
    ax.plot(x.detach().numpy(), dy_dx.numpy(), "--", label="f'(x)")
    ax.set_title(name)
    ax.set_ylim(-1.3, 3.0)
for ax in axes[1]:
    ax.set_xlabel("x")
for ax in axes[:, 0]:
    ax.set_ylabel("value")
axes[0, 0].legend(loc="upper left")
fig.suptitle("Main activations (solid) and their derivatives from autograd (dashed)")
fig.tight_layout()
plt.show()

# Autograd agrees with the derivatives known in closed form.
sigmoid, tanh = torch.sigmoid(x), torch.tanh(x)
(d_sigmoid,) = torch.autograd.grad(sigmoid.sum(), x)
(d_tanh,) = torch.autograd.grad(tanh.sum(), x)
assert torch.allclose(d_sigmoid, sigmoid * (1 - sigmoid), atol=1e-6)
assert torch.allclose(d_tanh, 1 - tanh**2, atol=1e-6)  # 1 - tanh² loses digits near ±1
print("autograd matches sigmoid' = s(1 - s) and tanh' = 1 - tanh²")

# SiLU and GELU dip below 0 before they rise: their lowest values on the plotted range.
silu_min, gelu_min = nn.SiLU()(x).min().item(), nn.GELU()(x).min().item()
print(f"lowest value: SiLU {silu_min:.3f}, GELU {gelu_min:.3f}")

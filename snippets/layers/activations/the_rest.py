"""The rest of torch.nn's element-wise activations, each with its derivative from autograd."""
import matplotlib.pyplot as plt
import torch
from torch import nn

activations = {
    "ELU": nn.ELU(),
    "SELU": nn.SELU(),
    "CELU (alpha 0.5)": nn.CELU(alpha=0.5),
    "Softplus": nn.Softplus(),
    "Softsign": nn.Softsign(),
    "Mish": nn.Mish(),
    "Hardtanh": nn.Hardtanh(),
    "ReLU6": nn.ReLU6(),
    "Hardsigmoid": nn.Hardsigmoid(),
    "Hardswish": nn.Hardswish(),
    "LogSigmoid": nn.LogSigmoid(),
    "Tanhshrink": nn.Tanhshrink(),
    "Softshrink (0.5)": nn.Softshrink(lambd=0.5),
    "Hardshrink (0.5)": nn.Hardshrink(lambd=0.5),
    "PReLU (slope 0.25, learnt)": nn.PReLU(),
    "RReLU (eval mode)": nn.RReLU().eval(),  # in training the negative slope is random
    "Threshold (1, -1)": nn.Threshold(threshold=1.0, value=-1.0),
}

x = torch.linspace(-7, 7, 1401, requires_grad=True)
fig, axes = plt.subplots(3, 6, figsize=(13, 6.5), sharex=True, sharey=True)
print(f"{'activation':27s} {'f(-2)':>7s} {'f(0)':>7s} {'f(2)':>7s} {'f(7)':>7s}")
for ax, (name, activation) in zip(axes.flat, activations.items()):
    y = activation(x)
    (dy_dx,) = torch.autograd.grad(y.sum(), x)
    with torch.no_grad():
        f = activation(torch.tensor([-2.0, 0.0, 2.0, 7.0]))
    print(f"{name:27s} {f[0]:7.3f} {f[1]:7.3f} {f[2]:7.3f} {f[3]:7.3f}")

    ax.axhline(0, color="0.8", linewidth=0.8)
    ax.axvline(0, color="0.8", linewidth=0.8)
    ax.plot(x.detach().numpy(), y.detach().numpy())
    ax.plot(x.detach().numpy(), dy_dx.numpy(), "--")
    ax.set_title(name, fontsize=9)
    ax.set_ylim(-2.5, 7.0)
axes[2, 5].axis("off")
axes[1, 5].tick_params(labelbottom=True)  # it stands above the empty panel
for ax in [*axes[2, :5], axes[1, 5]]:
    ax.set_xlabel("x")
fig.suptitle("Other element-wise activations (solid) and their derivatives (dashed)")
fig.tight_layout()
plt.show()

rrelu = nn.RReLU()  # a fresh module is in training mode
torch.manual_seed(0)
print("RReLU, train mode, on -1 five times:", rrelu(-torch.ones(5)))
print("RReLU, eval mode:                   ", rrelu.eval()(-torch.ones(5)))

# SELU's two constants, read off the module: its slope for x > 0 is scale, and it tends to -scale·alpha.
selu_scale = nn.SELU()(torch.tensor(1.0)).item()
selu_alpha = -nn.SELU()(torch.tensor(-30.0)).item() / selu_scale
print(f"SELU: scale = {selu_scale:.4f}, alpha = {selu_alpha:.4f}")

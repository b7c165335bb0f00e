"""The standard deviation of activations and of gradients through 50 layers, under five initialisations."""
import math

import matplotlib.pyplot as plt
import torch
from torch import nn

torch.manual_seed(0)
depth, width, batch = 50, 128, 256

schemes = {
    "default (kaiming_uniform_, a=√5)": lambda w, activation: None,  # keep what nn.Linear drew
    "normal_(std=0.01)": lambda w, activation: nn.init.normal_(w, std=0.01),
    "xavier_normal_ (gain 1)": lambda w, activation: nn.init.xavier_normal_(w),
    "kaiming_normal_ (relu)": lambda w, activation: nn.init.kaiming_normal_(w, nonlinearity="relu"),
    "orthogonal_ (activation's gain)":
        lambda w, activation: nn.init.orthogonal_(w, gain=nn.init.calculate_gain(activation)),
}


def measure(scheme, activation):
    """Per layer: the std of its output activations, and of the gradient reaching that output."""
    # float64, so that a vanishing signal stays measurable (float32 stops near 1e-45).
    layers = [nn.Linear(width, width, bias=False, dtype=torch.float64) for _ in range(depth)]
    for layer in layers:
        schemes[scheme](layer.weight, activation)
    nonlinearity = torch.relu if activation == "relu" else torch.tanh
    h = torch.randn(batch, width, dtype=torch.float64)
    outputs = []
    for layer in layers:
        h = nonlinearity(layer(h))
        h.retain_grad()  # keep the gradient of this intermediate result after backward()
        outputs.append(h)
    # Send back a gradient of std 1, as if from a loss, and watch it travel to layer 1.
    h.backward(torch.randn_like(h))
    return [o.std().item() for o in outputs], [o.grad.std().item() for o in outputs]


results = {(activation, scheme): measure(scheme, activation)
           for activation in ("relu", "tanh") for scheme in schemes}

for activation in ("relu", "tanh"):
    print(f"{activation}: std at layer 1 → layer {depth} (activations), layer {depth} → layer 1 (gradients)")
    for scheme in schemes:
        acts, grads = results[activation, scheme]
        print(f"  {scheme:33s} activations {acts[0]:8.2e} → {acts[-1]:8.2e}   gradients {grads[-1]:8.2e} → {grads[0]:8.2e}")

# The numbers the text quotes: the last layer's activation std, and the gradient at layer 1.
relu_default_last = results["relu", "default (kaiming_uniform_, a=√5)"][0][-1]
relu_default_first_grad = results["relu", "default (kaiming_uniform_, a=√5)"][1][0]
relu_xavier_last = results["relu", "xavier_normal_ (gain 1)"][0][-1]
relu_kaiming_last = results["relu", "kaiming_normal_ (relu)"][0][-1]
relu_kaiming_first_grad = results["relu", "kaiming_normal_ (relu)"][1][0]
relu_small_last = results["relu", "normal_(std=0.01)"][0][-1]
tanh_xavier_last = results["tanh", "xavier_normal_ (gain 1)"][0][-1]
tanh_xavier_first_grad = results["tanh", "xavier_normal_ (gain 1)"][1][0]
tanh_orthogonal_last = results["tanh", "orthogonal_ (activation's gain)"][0][-1]
tanh_orthogonal_first_grad = results["tanh", "orthogonal_ (activation's gain)"][1][0]
# The gradient's growth per layer, on average over the 49 steps back from layer 50 to layer 1.
tanh_orthogonal_per_layer = tanh_orthogonal_first_grad ** (1 / (depth - 1))
# With ReLU, the default divides the mean square by 6 at every layer (std × 1/√6), Xavier by 2.
assert math.isclose(relu_default_last, results["relu", "default (kaiming_uniform_, a=√5)"][0][0]
                    * 6 ** (-(depth - 1) / 2), rel_tol=0.5)
assert math.isclose(relu_xavier_last, results["relu", "xavier_normal_ (gain 1)"][0][0] * 2 ** (-(depth - 1) / 2),
                    rel_tol=0.5)
for scheme in ("kaiming_normal_ (relu)", "orthogonal_ (activation's gain)"):
    acts, grads = results["relu", scheme]
    assert all(0.1 < std < 10 for std in acts + grads), scheme
assert relu_default_last < 1e-15 and relu_small_last < 1e-40
assert 1 < tanh_orthogonal_per_layer < 1.2

fig, axes = plt.subplots(2, 2, figsize=(11, 7.5), sharex=True, layout="constrained")
layer_numbers = range(1, depth + 1)
for column, activation in enumerate(("relu", "tanh")):
    for scheme in schemes:
        acts, grads = results[activation, scheme]
        axes[0, column].plot(layer_numbers, acts, label=scheme)
        axes[1, column].plot(layer_numbers, grads, label=scheme)
    axes[0, column].set_title(f"{activation}: activations (forward, left to right)")
    axes[1, column].set_title(f"{activation}: gradients (backward, right to left)")
    axes[1, column].set_xlabel("layer")
for ax in axes.flat:
    ax.set_yscale("log")
    ax.set_ylim(1e-22, 1e3)  # normal_(std=0.01) falls much further, out of the picture
    ax.set_ylabel("standard deviation")
axes[0, 0].legend(fontsize=8)
fig.suptitle(f"Through {depth} layers of Linear({width}, {width}): only the right scale keeps the signal alive")
plt.show()

# %% collapse
"""Linear layers stacked without activations collapse to one linear layer; a ReLU prevents it."""
import matplotlib.pyplot as plt
import torch
from torch import nn

torch.manual_seed(0)
stack = nn.Sequential(nn.Linear(4, 8), nn.Linear(8, 8), nn.Linear(8, 3))
first, second, third = stack

# third(second(first(x))) = W3(W2(W1 x + b1) + b2) + b3 = (W3 W2 W1) x + (W3(W2 b1 + b2) + b3)
with torch.no_grad():
    weight = third.weight @ second.weight @ first.weight
    bias = third.weight @ (second.weight @ first.bias + second.bias) + third.bias
single = nn.Linear(4, 3)
with torch.no_grad():
    single.weight.copy_(weight)
    single.bias.copy_(bias)

x = torch.randn(5, 4)
print("parameters: stack", sum(p.numel() for p in stack.parameters()),
      "single layer", sum(p.numel() for p in single.parameters()))
print(f"largest difference between the outputs: {(stack(x) - single(x)).abs().max():.1e}")
assert torch.allclose(stack(x), single(x), atol=1e-6)

# %% relu
# The same three layers, now with a ReLU after the first two.
with_relu = nn.Sequential(first, nn.ReLU(), second, nn.ReLU(), third)
print(f"largest difference, with ReLUs: {(with_relu(x) - single(x)).abs().max():.3f}")
assert not torch.allclose(with_relu(x), single(x), atol=1e-3)

# An affine map f satisfies f(a + b) = f(a) + f(b) - f(0) for every a and b.
a, b, zero = torch.randn(1, 4), torch.randn(1, 4), torch.zeros(1, 4)
for name, model in [("without activations", stack), ("with ReLUs", with_relu)]:
    with torch.no_grad():
        gap = (model(a + b) - (model(a) + model(b) - model(zero))).abs().max().item()
    print(f"{name:20s} |f(a + b) - f(a) - f(b) + f(0)| = {gap:.2e}")

# %% figure
torch.manual_seed(0)
layers = [nn.Linear(1, 32), nn.Linear(32, 32), nn.Linear(32, 1)]
linear_only = nn.Sequential(*layers)
relu_between = nn.Sequential(layers[0], nn.ReLU(), layers[1], nn.ReLU(), layers[2])

inputs = torch.linspace(-4, 4, 401).unsqueeze(1)  # 401 samples of 1 feature
with torch.no_grad():
    fig, ax = plt.subplots(figsize=(8, 4))
    ax.plot(inputs.squeeze(1).numpy(), linear_only(inputs).squeeze(1).numpy(), label="Linear, Linear, Linear")
    ax.plot(inputs.squeeze(1).numpy(), relu_between(inputs).squeeze(1).numpy(),
            label="Linear, ReLU, Linear, ReLU, Linear")
ax.set_title("Three random layers: a straight line without activations, bent with ReLUs")
ax.set_xlabel("input")
ax.set_ylabel("output")
ax.legend()
plt.show()

# %% module
"""Backward hooks on modules and on tensors: record every layer's gradient, then change one."""
import torch
import torch.nn.functional as F
from torch import nn

from tutorial_data import load_mnist

torch.manual_seed(0)  # the same random numbers on every run
images, labels = load_mnist("test")
x, y = images[:256].flatten(start_dim=1).float() / 255, labels[:256]
model = nn.Sequential(nn.Linear(784, 64), nn.Tanh(), nn.Linear(64, 64), nn.Tanh(),
                      nn.Linear(64, 64), nn.Tanh(), nn.Linear(64, 10))
names = {module: name for name, module in model.named_children()}
calls, gradients = [], {}


def record_gradients(module, grad_input, grad_output):
    """A full backward hook: grad_output holds d(loss)/d(output), grad_input d(loss)/d(input), as tuples."""
    calls.append(names[module])
    gradients[names[module]] = grad_input[0], grad_output[0]


# On the Tanh modules: their inputs require gradients (the first Linear's input, the data, does not).
module_handles = [module.register_full_backward_hook(record_gradients)
                  for module in model if isinstance(module, nn.Tanh)]

F.cross_entropy(model(x), y).backward()
print("the hooks ran in this order, from the loss backwards: Tanh", ", Tanh ".join(calls))
for name, (grad_input, grad_output) in sorted(gradients.items()):
    print(f"Tanh {name}: |d loss/d output| = {grad_output.norm():.4f}   |d loss/d input| = {grad_input.norm():.4f}")

# What the tuples hold, checked on Tanh 3: d tanh(u)/du = 1 − tanh(u)², and the chain rule.
grad_input, grad_output = gradients["3"]
with torch.no_grad():
    tanh_3 = model[:4](x)
assert torch.allclose(grad_input, grad_output * (1 - tanh_3**2))
assert calls == ["5", "3", "1"]
for handle in module_handles:
    handle.remove()

# %% tensor
# Tensor.register_hook: the hook gets the gradient of that one tensor, before it is added into .grad.
model.zero_grad(set_to_none=True)
weight_gradient_norms = {}
handles = [model[i].weight.register_hook(
               lambda grad, i=i: weight_gradient_norms.__setitem__(i, grad.norm().item()))  # i=i: this layer's i
           for i in (0, 2, 4, 6)]
F.cross_entropy(model(x), y).backward()
for i, norm in sorted(weight_gradient_norms.items()):
    print(f"Linear {i}: |gradient of the weight| = {norm:.4f}   |.grad| = {model[i].weight.grad.norm():.4f}")
    assert norm == model[i].weight.grad.norm().item()
for handle in handles:
    handle.remove()  # a hook on a parameter stays until removed: it would run at every backward

# On an intermediate tensor, a hook is the way to see its gradient without retain_grad().
hidden = model[:4](x)  # the output of Tanh 3
seen = []
hidden.register_hook(lambda grad: seen.append(grad))
F.cross_entropy(model[4:](hidden), y).backward()
print(f"hook on the output of Tanh 3: |d loss/d output| = {seen[0].norm():.4f}")
assert torch.allclose(seen[0], gradients["3"][1])  # what the module hook on Tanh 3 got as grad_output

# %% modify
def weight_gradients():
    """A fresh forward and backward pass; the gradients of the four weights."""
    model.zero_grad(set_to_none=True)
    F.cross_entropy(model(x), y).backward()
    return [model[i].weight.grad.clone() for i in (0, 2, 4, 6)]


plain = weight_gradients()

# A tensor hook that returns a tensor replaces the gradient: clip the first weight's gradient.
BOUND = 0.001
handle = model[0].weight.register_hook(lambda grad: grad.clamp(-BOUND, BOUND))
clipped = weight_gradients()
handle.remove()
clipped_fraction = (plain[0].abs() > BOUND).float().mean().item()
print(f"Linear 0: largest |gradient| {plain[0].abs().max():.4f} -> {clipped[0].abs().max():.4f}, "
      f"{clipped_fraction:.1%} of its entries clipped")
assert clipped[0].abs().max() <= BOUND < plain[0].abs().max()
assert all(torch.equal(p, c) for p, c in zip(plain[1:], clipped[1:]))  # the other layers: untouched


# A module hook that returns a new grad_input changes the gradient every earlier layer receives.
def reverse_gradient(module, grad_input, grad_output):
    return (-grad_input[0],)


handle = model[3].register_full_backward_hook(reverse_gradient)
reversed_gradients = weight_gradients()
handle.remove()
for i, before, after in zip((0, 2, 4, 6), plain, reversed_gradients):
    print(f"Linear {i}: gradient {'negated' if torch.allclose(after, -before) else 'unchanged'}")
assert torch.allclose(reversed_gradients[0], -plain[0]) and torch.allclose(reversed_gradients[1], -plain[1])
assert torch.equal(reversed_gradients[2], plain[2]) and torch.equal(reversed_gradients[3], plain[3])

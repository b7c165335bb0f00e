# %% forgotten
"""Mistakes with hooks and custom Functions, each shown by running it."""
import warnings

import torch
from torch import nn

torch.manual_seed(0)  # the same random numbers on every run
model = nn.Sequential(nn.Linear(4, 8), nn.Sigmoid(), nn.Linear(8, 1))
x = torch.randn(16, 4)
stored = []


def forward_and_record(model, x):
    """Wrong: registers a new hook at every call and never removes it; stores outputs with their graph."""
    model[1].register_forward_hook(lambda module, inputs, output: stored.append(output))
    return model(x)


for epoch in range(1, 4):
    before = len(stored)
    forward_and_record(model, x).sum().backward()
    print(f"call {epoch}: hook calls during one forward pass: {len(stored) - before}")
print("a stored output still holds its graph (grad_fn):", stored[0].grad_fn is not None)
assert len(stored) == 1 + 2 + 3

# The fix: register once, keep the handle, remove it when done, and store detached values.
model = nn.Sequential(nn.Linear(4, 8), nn.Sigmoid(), nn.Linear(8, 1))
stored = []
handle = model[1].register_forward_hook(lambda module, inputs, output: stored.append(output.detach()))
try:
    for epoch in range(3):
        model(x).sum().backward()
finally:
    handle.remove()  # even if training stops with an error
print("with one hook, removed afterwards:", len(stored), "outputs recorded, graph kept:", stored[0].grad_fn is not None)

# %% late-binding
# A lambda made in a loop looks up `i` when it runs, after the loop ended: every hook writes to slot 2.
model = nn.Sequential(nn.Linear(4, 8), nn.Linear(8, 8), nn.Linear(8, 1))
norms = [None, None, None]
for i, layer in enumerate(model):
    layer.weight.register_hook(lambda grad: norms.__setitem__(i, grad.norm().item()))
model(x).sum().backward()
print("late binding:  ", [None if n is None else round(n, 4) for n in norms])
assert norms[0] is None and norms[1] is None

model = nn.Sequential(nn.Linear(4, 8), nn.Linear(8, 8), nn.Linear(8, 1))
norms = [None, None, None]
for i, layer in enumerate(model):
    layer.weight.register_hook(lambda grad, i=i: norms.__setitem__(i, grad.norm().item()))  # i=i: bound now
model(x).sum().backward()
print("i=i, bound now:", [round(n, 4) for n in norms])


# %% in-place
class SiLU(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)  # registers x with autograd, which records its version
        return x * torch.sigmoid(x)

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        s = torch.sigmoid(x)
        return grad_output * s * (1 + x * (1 - s))


class SiLUStoredOnCtx(SiLU):
    """Wrong: keeps x as an attribute of ctx, out of autograd's sight."""

    @staticmethod
    def forward(ctx, x):
        ctx.x = x
        return x * torch.sigmoid(x)

    @staticmethod
    def backward(ctx, grad_output):
        s = torch.sigmoid(ctx.x)
        return grad_output * s * (1 + ctx.x * (1 - s))


weights = torch.tensor([1.0, -2.0, 0.5], requires_grad=True)
hidden = weights * 2  # an intermediate result: in-place changes to it are allowed
output = SiLU.apply(hidden)
hidden.add_(1)  # changed after forward saved it
try:
    output.sum().backward()
except RuntimeError as error:
    print("save_for_backward: RuntimeError:", str(error).split(" Hint")[0])

hidden = weights * 2
output = SiLUStoredOnCtx.apply(hidden)
hidden.add_(1)
output.sum().backward()  # no error: the gradient is computed at hidden + 1, not where forward was
print("ctx.x: gradient  ", weights.grad)
gradient_at_wrong_point = weights.grad.clone()
weights.grad = None
SiLU.apply(weights * 2).sum().backward()
print("correct gradient:", weights.grad)
assert not torch.allclose(weights.grad, gradient_at_wrong_point)

# The same check catches a forward hook that changes, in place, an output its module saved (Sigmoid does).
model = nn.Sequential(nn.Linear(4, 8), nn.Sigmoid(), nn.Linear(8, 1))
handle = model[1].register_forward_hook(lambda module, inputs, output: output.mul_(2))
try:
    model(x).sum().backward()
except RuntimeError as error:
    print("in-place forward hook: RuntimeError:", str(error).split(" Hint")[0])
handle.remove()


# %% count
class ClipGradient(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, bound):
        ctx.bound = bound
        return x.view_as(x)

    @staticmethod
    def backward(ctx, grad_output):
        return grad_output.clamp(-ctx.bound, ctx.bound)  # wrong: forward had 2 inputs, so 2 gradients


x = torch.randn(3, requires_grad=True)
try:
    ClipGradient.apply(x, 0.5).sum().backward()
    wrong_count_caught = False
except RuntimeError as error:
    wrong_count_caught = True
    print("RuntimeError:", error)
assert wrong_count_caught

# %% deprecated
# register_backward_hook (without "full") is deprecated; this site turns its warning into an error,
# so it is caught here to be shown. Its grad_input is that of the module's last autograd node:
# for Linear, (bias, input, weight transposed), not the module's one input.
layer = nn.Linear(3, 2)
inputs = torch.randn(4, 3, requires_grad=True)
shapes = {}
layer.register_backward_hook(lambda module, grad_input, grad_output: shapes.update(
    old=[tuple(g.shape) for g in grad_input]))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    layer(inputs).sum().backward()
print(f"{caught[0].category.__name__}: {str(caught[0].message).split('. ')[0]}")

layer = nn.Linear(3, 2)
layer.register_full_backward_hook(lambda module, grad_input, grad_output: shapes.update(
    full=[tuple(g.shape) for g in grad_input]))
layer(inputs).sum().backward()
print("grad_input shapes, register_backward_hook:     ", shapes["old"])
print("grad_input shapes, register_full_backward_hook:", shapes["full"])
assert caught[0].category is FutureWarning
assert shapes["full"] == [(4, 3)] and len(shapes["old"]) == 3

# %% first-layer
# A full backward hook on a module whose inputs need no gradient (the first layer, fed with data)
# has no grad_input to give: it gets (None,) and PyTorch warns.
layer = nn.Linear(3, 2)
layer.register_full_backward_hook(lambda module, grad_input, grad_output: shapes.update(first=grad_input))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    layer(torch.randn(4, 3)).sum().backward()
print(f"{caught[0].category.__name__}: {str(caught[0].message).split(' See ')[0]}")
print("grad_input:", shapes["first"])
assert shapes["first"] == (None,)

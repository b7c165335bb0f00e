# %% silu
"""Three custom autograd Functions: SiLU by hand, a straight-through round, and a gradient-clipping identity."""
import torch
import torch.nn.functional as F

torch.manual_seed(0)  # the same random numbers on every run


class SiLU(torch.autograd.Function):
    """x · sigmoid(x), with its derivative written by hand."""

    @staticmethod
    def forward(ctx, x):
        # ctx is where forward leaves what backward will need; save tensors with save_for_backward,
        # which lets autograd check that nobody changes them in place before backward runs.
        ctx.save_for_backward(x)
        return x * torch.sigmoid(x)

    @staticmethod
    def backward(ctx, grad_output):
        # grad_output is d(loss)/d(output); return d(loss)/d(input), one gradient per input of forward.
        (x,) = ctx.saved_tensors
        s = torch.sigmoid(x)
        return grad_output * s * (1 + x * (1 - s))  # the product rule: s + x·s·(1 − s)


x = torch.randn(5, requires_grad=True)
y = SiLU.apply(x)  # never SiLU()(x) and never SiLU.forward(x): apply records the node in the graph
y.sum().backward()
print("output:          ", y.detach())
print("grad_fn:         ", type(y.grad_fn).__name__)
# One node in the graph, linked straight to x: the operations inside forward were not recorded.
print("it leads to:     ", [type(node).__name__ for node, _ in y.grad_fn.next_functions])
assert [type(node).__name__ for node, _ in y.grad_fn.next_functions] == ["AccumulateGrad"]
print("our gradient:    ", x.grad)

x_again = x.detach().clone().requires_grad_()
F.silu(x_again).sum().backward()
print("F.silu gradient: ", x_again.grad)
assert torch.allclose(y, F.silu(x)) and torch.allclose(x.grad, x_again.grad)

# %% ste
class RoundStraightThrough(torch.autograd.Function):
    """Round in forward; in backward, pretend the rounding was the identity."""

    @staticmethod
    def forward(ctx, x):
        return torch.round(x)

    @staticmethod
    def backward(ctx, grad_output):
        return grad_output  # the straight-through estimator: the gradient passes unchanged


target = torch.tensor([1.0, 1.0, -1.0, 3.0])
start = torch.tensor([0.3, 1.6, -2.2, 0.9])

# torch.round is a staircase: its derivative is 0 wherever it is defined, so nothing can learn through it.
weights = start.clone().requires_grad_()
loss = ((torch.round(weights) - target) ** 2).sum()
loss.backward()
print("gradient through torch.round:", weights.grad)
assert torch.all(weights.grad == 0)

# The same loss through the straight-through round, minimised by gradient descent.
weights = start.clone().requires_grad_()
optimizer = torch.optim.SGD([weights], lr=0.1)
for step in range(20):
    loss = ((RoundStraightThrough.apply(weights) - target) ** 2).sum()
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
print("weights after 20 steps:     ", weights.detach())
print("rounded:                    ", torch.round(weights).detach(), " target:", target)
assert torch.equal(torch.round(weights), target) and loss.item() == 0  # at the target the gradient is 0

# %% clip
class ClipGradient(torch.autograd.Function):
    """The identity in forward; in backward, the gradient is clamped to [-bound, bound].

    Written in the newer form: forward takes no ctx, and setup_context fills ctx from the inputs
    and the output. torch.func (grad, vmap, jacrev) accepts only Functions written this way.
    """

    @staticmethod
    def forward(x, bound):
        return x.view_as(x)  # a new tensor object on the same memory: autograd needs an output of its own

    @staticmethod
    def setup_context(ctx, inputs, output):
        _, bound = inputs
        ctx.bound = bound  # a Python number, not a tensor: store it as an attribute

    @staticmethod
    def backward(ctx, grad_output):
        # forward had two inputs, so backward returns two gradients: None for the number `bound`.
        return grad_output.clamp(-ctx.bound, ctx.bound), None


x = torch.tensor([-3.0, -0.2, 0.1, 2.0], requires_grad=True)
y = ClipGradient.apply(x, 0.5)
loss = (10 * y**2).sum()  # d(loss)/dy = 20·y: from -60 to 40
loss.backward()
print("forward unchanged:", torch.equal(y, x))
print("unclipped gradient 20·x:", (20 * x).detach())
print("clipped gradient:        ", x.grad)
assert torch.equal(y, x) and x.grad.abs().max() == 0.5

# %% func
# torch.func builds gradients by transforming functions; it needs the setup_context form.
def clipped_sum(t):
    return ClipGradient.apply(3 * t, 0.5).sum()  # d/dt = 3 · clamp(1, -0.5, 0.5)


print("torch.func.grad, setup_context form:", torch.func.grad(clipped_sum)(torch.zeros(3)))
try:
    torch.func.grad(lambda t: RoundStraightThrough.apply(t).sum())(torch.zeros(3))
except RuntimeError as error:
    print("forward(ctx, ...) form: RuntimeError:", str(error).split(" (vmap")[0])

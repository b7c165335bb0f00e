"""Exercise: a gradient reversal layer, the identity forwards and -scale times the gradient backwards."""
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)  # the same random numbers on every run


class GradientReversal(torch.autograd.Function):
    @staticmethod
    def forward(x, scale):
        return x.view_as(x)

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.scale = inputs[1]

    @staticmethod
    def backward(ctx, grad_output):
        return -ctx.scale * grad_output, None  # no gradient for the number `scale`


features = nn.Linear(5, 4)  # the layers before the reversal
head = nn.Linear(4, 1)  # the layers after it
x, target = torch.randn(8, 5), torch.randn(8, 1)


def gradients(reverse):
    features.zero_grad(set_to_none=True)
    head.zero_grad(set_to_none=True)
    hidden = features(x)
    if reverse:
        hidden = GradientReversal.apply(hidden, 0.5)
    F.mse_loss(head(hidden), target).backward()
    return features.weight.grad.clone(), head.weight.grad.clone()


features_plain, head_plain = gradients(reverse=False)
features_reversed, head_reversed = gradients(reverse=True)
print("features, plain:    ", features_plain[0])
print("features, reversed: ", features_reversed[0])
print("head unchanged:", torch.equal(head_plain, head_reversed))
assert torch.allclose(features_reversed, -0.5 * features_plain) and torch.equal(head_plain, head_reversed)

# The same with a tensor hook instead of a Function: a hook that returns a tensor replaces the gradient.
features.zero_grad(set_to_none=True)
hidden = features(x)
hidden.register_hook(lambda grad: -0.5 * grad)
F.mse_loss(head(hidden), target).backward()
print("with a tensor hook, the same:", torch.allclose(features.weight.grad, features_reversed))
assert torch.allclose(features.weight.grad, features_reversed)

# Written with setup_context, the Function also works under torch.func's transforms.
reversed_by_func = torch.func.grad(lambda t: GradientReversal.apply(t, 0.5).sum())(torch.ones(3))
print("torch.func.grad:", reversed_by_func)
assert torch.equal(reversed_by_func, torch.full((3,), -0.5))

# %% pass
"""torch.autograd.gradcheck: it passes a correct backward and catches a wrong one."""
import torch

torch.manual_seed(0)  # the same random numbers on every run


class SiLU(torch.autograd.Function):
    """x · sigmoid(x), written in the setup_context form."""

    @staticmethod
    def forward(x):
        return x * torch.sigmoid(x)

    @staticmethod
    def setup_context(ctx, inputs, output):
        (x,) = inputs
        ctx.save_for_backward(x)

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        s = torch.sigmoid(x)
        return grad_output * s * (1 + x * (1 - s))


# float64: gradcheck compares with central differences, which lose most digits in float32.
x = torch.randn(6, dtype=torch.float64, requires_grad=True)
silu_passes = torch.autograd.gradcheck(SiLU.apply, (x,))
print("gradcheck of SiLU:", silu_passes)
assert silu_passes


# %% fail
class SiLUWrongBackward(SiLU):
    """The same forward; backward forgets the product rule and returns only sigmoid(x)."""

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return grad_output * torch.sigmoid(x)


try:
    torch.autograd.gradcheck(SiLUWrongBackward.apply, (x,))
    wrong_backward_caught = False
except RuntimeError as error:  # a GradcheckError, a kind of RuntimeError
    wrong_backward_caught = True
    print(f"{type(error).__name__}: {error}")
assert wrong_backward_caught

# %% ste
class RoundStraightThrough(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return torch.round(x)

    @staticmethod
    def backward(ctx, grad_output):
        return grad_output


# A straight-through estimator is wrong on purpose: gradcheck says so, as it should.
# raise_exception=False returns False instead of raising.
inputs_between_steps = torch.tensor([0.2, 1.3, -0.8], dtype=torch.float64, requires_grad=True)
ste_passes = torch.autograd.gradcheck(RoundStraightThrough.apply, (inputs_between_steps,), raise_exception=False)
print("gradcheck of the straight-through round:", ste_passes)
assert not ste_passes

"""Time the gradient-penalty computation with autograd.grad against backward()."""
# snippet-timing: times as long as autograd\.grad
import time
import warnings

import torch
from torch import nn

ITERATIONS = 2_000  # raise it for a steadier ratio
REPEATS = 5  # the fastest of several runs is the least disturbed by the rest of the machine

torch.manual_seed(1)
model = nn.Linear(3, 2)
x = torch.ones(1, 3, requires_grad=True)


def penalty_with_autograd_grad():
    y = model(x).sum()
    (grad_x,) = torch.autograd.grad(y, x, create_graph=True)  # only dy/dx
    return (grad_x**2).sum()


def penalty_with_backward():
    y = model(x).sum()
    y.backward(create_graph=True)  # dy/dx, and also the weight's and the bias's gradients
    gradient_penalty = (x.grad**2).sum()
    x.grad = None
    model.zero_grad(set_to_none=True)
    return gradient_penalty


best = {penalty_with_autograd_grad: float("inf"), penalty_with_backward: float("inf")}
with warnings.catch_warnings():
    # The warning is about memory, and penalty_with_backward sets every .grad back to None.
    warnings.filterwarnings("ignore", message="Using backward\\(\\) with create_graph=True")
    assert torch.equal(penalty_with_autograd_grad(), penalty_with_backward())
    for _ in range(REPEATS):
        for compute in best:
            start = time.perf_counter()
            for _ in range(ITERATIONS // REPEATS):
                compute()
            best[compute] = min(best[compute], time.perf_counter() - start)

ratio = best[penalty_with_backward] / best[penalty_with_autograd_grad]
print(f"backward() takes {ratio:.1f} times as long as autograd.grad()")

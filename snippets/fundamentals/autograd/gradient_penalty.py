# %% gradient
"""A gradient of a gradient: penalise the size of dy/dx and train the weights to shrink it."""
import warnings

import torch
from torch import nn

torch.manual_seed(1)
model = nn.Linear(3, 2)
x = torch.ones(1, 3, requires_grad=True)

y = model(x).sum()
# create_graph=True records the gradient's own computation, so it can be differentiated.
(grad_x,) = torch.autograd.grad(y, x, create_graph=True)
row_sum = model.weight.sum(dim=0)
print("dy/dx via autograd.grad:", grad_x)
print("sum of the weight rows: ", row_sum)
assert torch.allclose(grad_x, row_sum.unsqueeze(0))
print("weight.grad is None:", model.weight.grad is None, " bias.grad is None:", model.bias.grad is None)

# %% backward
y = model(x).sum()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    y.backward(create_graph=True)
print("UserWarning:", str(caught[0].message).split(". ")[0])
print("dy/dx via backward:     ", x.grad)
assert torch.allclose(x.grad, row_sum.unsqueeze(0))
print("weight.grad:", model.weight.grad)
print("bias.grad:  ", model.bias.grad)
# Setting every .grad to None breaks the reference cycle the warning talks about.
x.grad = None
model.zero_grad(set_to_none=True)

# %% penalty
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
for step in range(1, 11):
    y = model(x).sum()
    (grad_x,) = torch.autograd.grad(y, x, create_graph=True)
    gradient_penalty = (grad_x**2).sum()
    optimizer.zero_grad()
    gradient_penalty.backward()
    before = model.weight.detach().sum(dim=0)
    optimizer.step()
    assert torch.allclose(model.weight.detach().sum(dim=0), 0.6 * before), "each step multiplies the row sum by 0.6"
    row_sum = ", ".join(f"{value:+.4f}" for value in model.weight.detach().sum(dim=0).tolist())
    print(f"step {step:2d}: gp = {gradient_penalty.item():.6f}, weight-row sum = [{row_sum}]")
print("bias unchanged, it got no gradient:", model.bias.grad is None)

# %% wrong
"""In-place operations that destroy values autograd saved for the backward pass."""
import torch

x = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)
y = x.exp()  # backward needs y itself: d exp(x)/dx = exp(x)
y.add_(1)  # changes the saved y in place
try:
    y.sum().backward()
except RuntimeError as error:
    print("RuntimeError:", str(error).split(" Hint:")[0])

weight = torch.ones(3, requires_grad=True)
try:
    weight.mul_(0.5)  # an update outside no_grad
except RuntimeError as error:
    print("RuntimeError:", error)

# %% right
y = x.exp() + 1  # out of place: a new tensor, the saved one is untouched
y.sum().backward()
print("x.grad:", x.grad)

with torch.no_grad():
    weight.mul_(0.5)
print("weight:", weight)

# %% basics
"""In-place methods end in an underscore: a.add_(3) changes a, a.add(3) returns a new tensor."""
import torch

a = torch.tensor([1.0, 2.0, 3.0])
b = a.add(3)
print("after b = a.add(3):  a =", a, " b =", b)
a.add_(3)
print("after a.add_(3):     a =", a)
returned = a.mul_(2)
print("a.mul_(2) returns a itself:", returned is a, " a =", a)

before = a
a += 1  # in place: the tensor that `before` also names changes
print("after a += 1:        before =", before)
a = a + 1  # a new tensor bound to the name a; before keeps the old one
print("after a = a + 1:     before =", before, " a =", a)

# %% autograd
weights = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
try:
    weights.add_(1)  # autograd would lose the value that later gradients are taken at
except RuntimeError as error:
    print("RuntimeError:", error)
with torch.no_grad():
    weights.add_(1)  # an update outside the graph, as optimizers do
print("updated under torch.no_grad():", weights)

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x.exp()  # exp's gradient is exp(x), so autograd keeps y to use in backward
y.add_(1)  # ... and this overwrites it
try:
    y.sum().backward()
except RuntimeError as error:
    print("RuntimeError:", str(error).split(" Hint:")[0])

y = x.exp()
z = y + 1  # out of place: y stays as autograd saved it
z.sum().backward()
print("x.grad with z = y + 1:", x.grad, " (exp(x), as it should be)")

# %% wrong
"""The removed Variable wrapper and updates through .data, which autograd cannot see."""
import torch
from torch.autograd import Variable

a = Variable(torch.tensor([2.0]), requires_grad=True)
print("Variable(...) returns a", type(a).__name__)  # the wrapper is gone; it just makes a tensor

y = a**2  # autograd saves a to compute dy/da = 2a later
a.data -= 1.5  # a write that autograd's checks cannot see
y.backward()
print("a =", a.item(), " dy/da at a = 2 should be 4.0, got", a.grad.item())

# %% right
a = torch.tensor([2.0], requires_grad=True)
y = a**2
y.backward()
print("dy/da =", a.grad.item())

learning_rate = 0.25
with torch.no_grad():  # the update is not recorded, and autograd still tracks a's version
    a -= learning_rate * a.grad
a.grad = None
print("a after one step:", a.item())

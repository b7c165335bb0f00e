# %% kinds
"""Leaves (tensors we create) keep .grad; intermediate results only with retain_grad()."""
import warnings

import torch

x = torch.tensor(1.0, requires_grad=True)
w = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)
target = torch.tensor(10.0)  # plain data: no gradient wanted

h = w * x  # an intermediate result
y = h + b

for name, tensor in [("x", x), ("w", w), ("b", b), ("target", target), ("h", h), ("y", y)]:
    grad_fn = tensor.grad_fn.name() if tensor.grad_fn else None
    print(f"{name:6s} is_leaf={tensor.is_leaf!s:5s} requires_grad={tensor.requires_grad!s:5s} grad_fn={grad_fn}")

# %% retain_grad
h.retain_grad()  # must come before backward()
y.backward()
print("w.grad =", w.grad.item(), "  h.grad =", h.grad.item(), "  target.grad is None:", target.grad is None)

with warnings.catch_warnings(record=True) as caught:  # the snippets run with warnings as errors
    warnings.simplefilter("always")
    print("y.grad, no retain_grad():", y.grad)
print("UserWarning:", str(caught[0].message).split(". ")[0])

# %% not-a-leaf
# An operation after requires_grad=True makes a non-leaf, whose .grad stays empty.
scaled = torch.tensor(2.0, requires_grad=True) * 10
print("scaled.is_leaf:", scaled.is_leaf, " grad_fn:", scaled.grad_fn.name())
converted = torch.tensor(2.0, requires_grad=True).to(torch.float64)  # a copy to another dtype or device
print("converted.is_leaf:", converted.is_leaf, " grad_fn:", converted.grad_fn.name())
made_as_leaf = (torch.tensor(2.0) * 10).requires_grad_()
print("made_as_leaf.is_leaf:", made_as_leaf.is_leaf)

# %% off
"""Turning recording off: torch.no_grad(), torch.inference_mode() and detach()."""
import torch

x = torch.tensor(1.0)
w = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)

with torch.no_grad():
    y = w * x + b
print("under no_grad:         y.requires_grad =", y.requires_grad, " grad_fn =", y.grad_fn)

with torch.inference_mode():
    y = w * x + b
print("under inference_mode:  y.requires_grad =", y.requires_grad, " is_inference =", y.is_inference())
try:
    w * y  # the product's gradient with respect to w needs y saved for backward()
except RuntimeError as error:
    print("RuntimeError:", str(error).split(". ")[0])

y = w * x + b
y_detached = y.detach()
print("detached:              y_detached.requires_grad =", y_detached.requires_grad,
      " shares memory with y =", y_detached.data_ptr() == y.data_ptr())

# %% update
learning_rate = 0.1
loss = (w * x + b - 10) ** 2
loss.backward()
try:
    w -= learning_rate * w.grad  # would be recorded, and w is a leaf
except RuntimeError as error:
    print("RuntimeError:", error)

with torch.no_grad():
    w -= learning_rate * w.grad
    b -= learning_rate * b.grad
w.grad = None
b.grad = None
print(f"after one step: w = {w.item():.2f}, b = {b.item():.2f}, still leaves: {w.is_leaf and b.is_leaf}")

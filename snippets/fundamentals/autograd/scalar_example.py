"""Autograd on scalars: y = w*x + b, then y.backward() fills x.grad, w.grad and b.grad."""
import torch

x = torch.tensor(1.0, requires_grad=True)
w = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)

y = w * x + b
print("y =", y.item())

y.backward()
print("x.grad =", x.grad.item(), " (dy/dx = w)")
print("w.grad =", w.grad.item(), " (dy/dw = x)")
print("b.grad =", b.grad.item(), " (dy/db = 1)")

assert (x.grad.item(), w.grad.item(), b.grad.item()) == (2.0, 1.0, 1.0)

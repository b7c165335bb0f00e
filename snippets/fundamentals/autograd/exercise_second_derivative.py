"""Exercise 1: the first and second derivatives of y = x³ at x = 2 with autograd.grad."""
import torch

x = torch.tensor(2.0, requires_grad=True)
y = x**3

(dy_dx,) = torch.autograd.grad(y, x, create_graph=True)  # 3x², kept differentiable
(d2y_dx2,) = torch.autograd.grad(dy_dx, x)  # 6x
print("dy/dx   =", dy_dx.item(), " (3x² = 12)")
print("d²y/dx² =", d2y_dx2.item(), " (6x = 12)")
assert dy_dx.item() == 12.0 and d2y_dx2.item() == 12.0

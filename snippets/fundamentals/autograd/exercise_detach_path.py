"""Exercise 2: detach() keeps a value but cuts the gradient that would flow through it."""
import torch

x = torch.tensor(3.0)
w = torch.tensor(2.0, requires_grad=True)

y_both = w * x + w * x
y_both.backward()
print(f"w*x + w*x:            y = {y_both.item()}, w.grad = {w.grad.item()}")

w.grad = None
y_one = w * x + (w * x).detach()
y_one.backward()
print(f"w*x + (w*x).detach(): y = {y_one.item()}, w.grad = {w.grad.item()}")

"""Exercise 1: the backward pass by hand with tanh instead of ReLU, checked against autograd."""
import torch

torch.manual_seed(0)
x = torch.randn(4, 3)
y = torch.randn(4, 2)
w1 = torch.randn(3, 5, requires_grad=True)
w2 = torch.randn(5, 2, requires_grad=True)

h = x @ w1
h_tanh = torch.tanh(h)
y_pred = h_tanh @ w2
loss = ((y_pred - y) ** 2).mean()
loss.backward()

with torch.no_grad():
    grad_y_pred = 2 * (y_pred - y) / y_pred.numel()
    grad_w2 = h_tanh.T @ grad_y_pred
    grad_h_tanh = grad_y_pred @ w2.T
    grad_h = grad_h_tanh * (1 - h_tanh**2)   # tanh'(h) = 1 − tanh(h)²: only this line changes
    grad_w1 = x.T @ grad_h

print("w1 matches autograd:", torch.allclose(grad_w1, w1.grad))
print("w2 matches autograd:", torch.allclose(grad_w2, w2.grad))
assert torch.allclose(grad_w1, w1.grad) and torch.allclose(grad_w2, w2.grad)

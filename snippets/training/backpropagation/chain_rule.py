"""Backpropagation by hand on a tiny two-layer network, checked against autograd."""
import torch

# One input, one hidden unit, one output: every derivative is a single number.
x, y = torch.tensor(2.0), torch.tensor(1.0)
w1 = torch.tensor(0.5, requires_grad=True)
w2 = torch.tensor(-1.5, requires_grad=True)

h = w1 * x                   # 1.0
h_relu = h.clamp(min=0)      # 1.0
y_pred = w2 * h_relu         # -1.5
loss = (y_pred - y) ** 2     # 6.25
print(f"forward:  h = {h.item()}, h_relu = {h_relu.item()}, "
      f"y_pred = {y_pred.item()}, loss = {loss.item()}")

# Backwards from the loss: each gradient is the one before it times a local derivative.
grad_y_pred = 2 * (y_pred - y)                # d loss / d y_pred
grad_w2 = grad_y_pred * h_relu                # d y_pred / d w2 = h_relu
grad_h_relu = grad_y_pred * w2                # d y_pred / d h_relu = w2
grad_h = grad_h_relu * (h > 0).float()        # ReLU passes the gradient only where h > 0
grad_w1 = grad_h * x                          # d h / d w1 = x
print(f"by hand:  grad_y_pred = {grad_y_pred.item()}, grad_w2 = {grad_w2.item()}, "
      f"grad_h = {grad_h.item()}, grad_w1 = {grad_w1.item()}")

loss.backward()
print(f"autograd: w2.grad = {w2.grad.item()}, w1.grad = {w1.grad.item()}")
assert torch.allclose(grad_w2, w2.grad) and torch.allclose(grad_w1, w1.grad)

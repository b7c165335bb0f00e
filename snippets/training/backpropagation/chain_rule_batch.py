"""Backpropagation by hand with matrices, biases and a batch, checked against autograd."""
import torch

# The same network with matrices, biases and a batch: 4 samples, 3 inputs, 5 hidden units, 2 outputs.
torch.manual_seed(0)
x = torch.randn(4, 3)
y = torch.randn(4, 2)
w1 = torch.randn(3, 5, requires_grad=True)
b1 = torch.zeros(5, requires_grad=True)
w2 = torch.randn(5, 2, requires_grad=True)
b2 = torch.zeros(2, requires_grad=True)

h = x @ w1 + b1
h_relu = h.clamp(min=0)
y_pred = h_relu @ w2 + b2
loss = ((y_pred - y) ** 2).mean()
loss.backward()

with torch.no_grad():
    grad_y_pred = 2 * (y_pred - y) / y_pred.numel()   # mean() divides by the 8 entries
    grad_w2 = h_relu.T @ grad_y_pred
    grad_b2 = grad_y_pred.sum(dim=0)                  # the bias is added to every sample
    grad_h_relu = grad_y_pred @ w2.T
    grad_h = grad_h_relu * (h > 0)
    grad_w1 = x.T @ grad_h
    grad_b1 = grad_h.sum(dim=0)

for name, by_hand, param in [("w1", grad_w1, w1), ("b1", grad_b1, b1),
                             ("w2", grad_w2, w2), ("b2", grad_b2, b2)]:
    same = torch.allclose(by_hand, param.grad)
    print(f"{name}: gradient shape {tuple(by_hand.shape)} (as the parameter), "
          f"matches autograd: {same}")
    assert same

# %% wrong
"""Forgetting requires_grad=True on the weights: autograd records nothing, so backward() fails."""
import torch

torch.manual_seed(0)
x = torch.randn(64, 1000)
y = torch.randn(64, 10)
w1 = torch.randn(1000, 100)  # requires_grad forgotten
w2 = torch.randn(100, 10)

loss = (x.mm(w1).clamp(min=0).mm(w2) - y).pow(2).sum()
try:
    loss.backward()
except RuntimeError as error:
    print("RuntimeError:", error)

# %% right
w1 = torch.randn(1000, 100, requires_grad=True)
w2 = torch.randn(100, 10, requires_grad=True)

loss = (x.mm(w1).clamp(min=0).mm(w2) - y).pow(2).sum()
loss.backward()
print("w1.grad:", tuple(w1.grad.shape), " w2.grad:", tuple(w2.grad.shape))

"""What happens when the weights are created without requires_grad=True."""
import torch

torch.manual_seed(0)  # the same random numbers on every run
x = torch.randn(64, 1000)
y = torch.randn(64, 10)
w1 = torch.randn(1000, 100)  # requires_grad forgotten
w2 = torch.randn(100, 10)

loss = (x.mm(w1).clamp(min=0).mm(w2) - y).pow(2).sum()
print("loss.requires_grad:", loss.requires_grad)
try:
    loss.backward()
except RuntimeError as error:
    print("RuntimeError:", error)

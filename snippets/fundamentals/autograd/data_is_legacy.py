# %% data
"""Why .data is legacy: autograd cannot see changes made through it, but it sees detach()."""
import torch

x = torch.tensor(1.0, requires_grad=True)
w = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)

y = w * x + b  # MulBackward saves x to compute dy/dw = x later
x.data.fill_(7.0)  # changes x behind autograd's back
y.backward()
print(f"through .data: y = {y.item()} was computed with x = 1, yet w.grad = {w.grad.item()} (should be 1.0)")

# %% detach
x = torch.tensor(1.0, requires_grad=True)
w = torch.tensor(2.0, requires_grad=True)

y = w * x + b
x.detach().fill_(7.0)  # the same change, through detach()
try:
    y.backward()
except RuntimeError as error:
    print("RuntimeError:", error)

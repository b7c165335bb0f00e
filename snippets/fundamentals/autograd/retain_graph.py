# %% twice
"""A graph is freed by backward(); retain_graph=True keeps it for a second call."""
import torch

x = torch.tensor(1.0, requires_grad=True)
w = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)

y = w * x + b
y.backward()
try:
    y.backward()
except RuntimeError as error:
    print("RuntimeError:", error)

# %% retain
w.grad = None
y = w * x + b
y.backward(retain_graph=True)  # keep the saved values of w and x
y.backward()  # the last call may free the graph
print("w.grad after two calls on one graph:", w.grad.item())

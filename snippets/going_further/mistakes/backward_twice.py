# %% wrong
"""Calling backward() a second time through the same graph fails: its saved values were freed."""
import torch

x = torch.tensor(3.0, requires_grad=True)
y = x**2  # saves x for the backward pass
y.backward()
try:
    y.backward()
except RuntimeError as error:
    print("RuntimeError:", str(error).split(". ")[0])

# %% right
x.grad = None
y = x**2  # build the graph again for every backward pass, as a training loop does
y.backward()
print("x.grad:", x.grad.item())
# Only when two backward passes really need the same graph: keep it alive.
x.grad = None
y = x**2
y.backward(retain_graph=True)
y.backward()
print("x.grad after two passes (they add up):", x.grad.item())

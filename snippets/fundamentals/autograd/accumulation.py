# %% accumulate
"""backward() adds into .grad, so gradients pile up until they are cleared."""
import torch

x = torch.tensor(1.0, requires_grad=True)
w = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)

for call in (1, 2):
    y = w * x + b  # a fresh graph for each call
    y.backward()
    print(f"after backward call {call}: x.grad = {x.grad.item()}, w.grad = {w.grad.item()}")

# %% clear
w.grad.zero_()  # keeps the tensor, fills it with zeros
x.grad = None  # drops the tensor; the next backward() creates a new one
print("after w.grad.zero_():", w.grad)
print("after x.grad = None: ", x.grad)

y = w * x + b
y.backward()
print(f"one more backward call: x.grad = {x.grad.item()}, w.grad = {w.grad.item()}, b.grad = {b.grad.item()}")

optimizer = torch.optim.SGD([x, w, b], lr=0.1)
optimizer.zero_grad()  # by default it sets every .grad to None rather than filling it with zeros
print("after optimizer.zero_grad():", x.grad, w.grad, b.grad)

"""Exercise 3: minimise (w − 3)² by gradient descent with backward() and torch.no_grad()."""
import torch

learning_rate = 0.1
w = torch.tensor(0.0, requires_grad=True)

for step in range(1, 31):
    loss = (w - 3) ** 2
    loss.backward()
    with torch.no_grad():
        w -= learning_rate * w.grad
    w.grad = None  # or w.grad.zero_(): otherwise the next step adds to this gradient
    if step % 10 == 0:
        print(f"step {step}: w = {w.item():.4f}, loss = {loss.item():.6f}")

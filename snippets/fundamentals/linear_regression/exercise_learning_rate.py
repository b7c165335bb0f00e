"""Exercise 1: with the raw x, learning rates above about 3.7e-4 make the loss blow up."""
import torch

torch.manual_seed(0)
x = torch.linspace(0, 100, 100)
y = x + 10 * torch.randn(100)
x_train, y_train = x[:90], y[:90]
a_start, b_start = torch.randn(1).item(), torch.randn(1).item()

for learning_rate in (1e-4, 3e-4, 4e-4, 1e-3):
    a = torch.tensor([a_start], requires_grad=True)
    b = torch.tensor([b_start], requires_grad=True)
    for step in range(1000):
        loss = ((a * x_train + b - y_train) ** 2).mean()
        loss.backward()
        with torch.no_grad():
            a -= learning_rate * a.grad
            b -= learning_rate * b.grad
        a.grad.zero_()
        b.grad.zero_()
        if step == 49:
            loss_after_50 = loss.item()
    print(f"learning rate {learning_rate:g}: loss after 50 steps {loss_after_50:10.4g}, "
          f"after 1000 steps {loss.item():.4g}")

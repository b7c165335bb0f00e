"""Exercise 1: RMSprop and Adagrad by hand, checked against torch.optim for three steps."""
import torch

torch.manual_seed(0)
start = torch.randn(5)
target = torch.randn(5)
steepness = torch.tensor([0.1, 0.5, 1.0, 5.0, 20.0])


def gradient(w):
    w = w.detach().clone().requires_grad_(True)
    (steepness * (w - target) ** 2).sum().backward()
    return w.grad


def run_torch(optimizer_class, **settings):
    w = start.clone().requires_grad_(True)
    optimizer = optimizer_class([w], **settings)
    for _ in range(3):
        optimizer.zero_grad()
        (steepness * (w - target) ** 2).sum().backward()
        optimizer.step()
    return w.detach()


lr, alpha, eps = 0.01, 0.99, 1e-8
w, v = start.clone(), torch.zeros(5)
for step in range(3):
    g = gradient(w)
    v = alpha * v + (1 - alpha) * g**2          # running mean of g², forgets old gradients
    w = w - lr * g / (v.sqrt() + eps)
print("RMSprop allclose:", torch.allclose(w, run_torch(torch.optim.RMSprop, lr=lr, alpha=alpha, eps=eps)))

lr, eps = 0.5, 1e-10
w, total = start.clone(), torch.zeros(5)
for step in range(3):
    g = gradient(w)
    total = total + g**2                        # sum of every g² so far: steps only shrink
    w = w - lr * g / (total.sqrt() + eps)
print("Adagrad allclose:", torch.allclose(w, run_torch(torch.optim.Adagrad, lr=lr, eps=eps)))

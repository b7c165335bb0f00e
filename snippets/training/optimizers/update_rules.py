# %% setup
"""Update rules written by hand, checked step by step against torch.optim."""
import torch

torch.manual_seed(0)
start = torch.randn(5)
target = torch.randn(5)
steepness = torch.tensor([0.1, 0.5, 1.0, 5.0, 20.0])   # some directions steep, some flat


def loss_fn(w):
    return (steepness * (w - target) ** 2).sum()


def gradient(w):
    """The gradient of the loss at w (autograd; the update rule is what we write by hand)."""
    w = w.detach().clone().requires_grad_(True)
    loss_fn(w).backward()
    return w.grad


def run_torch(make_optimizer, steps=3):
    w = start.clone().requires_grad_(True)
    optimizer = make_optimizer([w])
    for _ in range(steps):
        optimizer.zero_grad()
        loss_fn(w).backward()
        optimizer.step()
    return w.detach()


# %% sgd
lr, momentum, weight_decay = 0.01, 0.9, 0.1
w = start.clone()
velocity = torch.zeros_like(w)
for step in range(3):
    g = gradient(w) + weight_decay * w          # weight decay adds wd·w to the gradient
    velocity = momentum * velocity + g          # a running sum of past gradients
    w = w - lr * velocity
by_torch = run_torch(lambda params: torch.optim.SGD(params, lr=lr, momentum=momentum,
                                                    weight_decay=weight_decay))
print("SGD with momentum and weight decay, by hand:", w)
print("                              torch.optim:", by_torch)
print("allclose:", torch.allclose(w, by_torch))
assert torch.allclose(w, by_torch)

# %% nesterov
w = start.clone()
velocity = torch.zeros_like(w)
for step in range(3):
    g = gradient(w)
    velocity = momentum * velocity + g
    w = w - lr * (g + momentum * velocity)      # step with the gradient plus a look ahead
by_torch = run_torch(lambda params: torch.optim.SGD(params, lr=lr, momentum=momentum, nesterov=True))
print("Nesterov allclose:", torch.allclose(w, by_torch))
assert torch.allclose(w, by_torch)

# %% adam
lr, beta1, beta2, eps = 0.1, 0.9, 0.999, 1e-8
w = start.clone()
m = torch.zeros_like(w)   # running mean of the gradient
v = torch.zeros_like(w)   # running mean of the squared gradient
for t in range(1, 4):
    g = gradient(w)
    m = beta1 * m + (1 - beta1) * g
    v = beta2 * v + (1 - beta2) * g**2
    m_hat = m / (1 - beta1**t)   # both means start at 0; this undoes the pull towards 0
    v_hat = v / (1 - beta2**t)
    w = w - lr * m_hat / (v_hat.sqrt() + eps)
    if t == 1:
        print("Adam's first step, per coordinate:", (w - start))
by_torch = run_torch(lambda params: torch.optim.Adam(params, lr=lr, betas=(beta1, beta2), eps=eps))
print("Adam by hand:", w)
print(" torch.optim:", by_torch)
print("allclose:", torch.allclose(w, by_torch))
assert torch.allclose(w, by_torch)

# %% adamw
weight_decay = 0.1
w = start.clone()
m, v = torch.zeros_like(w), torch.zeros_like(w)
for t in range(1, 4):
    g = gradient(w)
    w = w * (1 - lr * weight_decay)   # decoupled: shrink the weights, leave the gradient alone
    m = beta1 * m + (1 - beta1) * g
    v = beta2 * v + (1 - beta2) * g**2
    w = w - lr * (m / (1 - beta1**t)) / ((v / (1 - beta2**t)).sqrt() + eps)
by_torch = run_torch(lambda params: torch.optim.AdamW(params, lr=lr, weight_decay=weight_decay))
print("AdamW allclose:", torch.allclose(w, by_torch))
assert torch.allclose(w, by_torch)

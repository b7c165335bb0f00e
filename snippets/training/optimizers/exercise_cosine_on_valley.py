"""Exercise 2: Adam on the valley with noisy gradients, with a constant lr and with cosine annealing."""
import torch


def loss_fn(x, y):
    return (1 - x) ** 2 + 20 * (y - x**2) ** 2


STEPS = 500
NOISE = 2.0   # mini-batch gradients are noisy estimates of the full gradient; this imitates it
for use_schedule in (False, True):
    torch.manual_seed(0)
    point = torch.tensor([-1.5, 2.0], requires_grad=True)
    optimizer = torch.optim.Adam([point], lr=0.1)
    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=STEPS)
    losses = []
    for step in range(STEPS):
        loss = loss_fn(*point)
        losses.append(loss.item())
        optimizer.zero_grad()
        loss.backward()
        point.grad += NOISE * torch.randn(2)
        optimizer.step()
        if use_schedule:
            scheduler.step()
    label = "cosine annealing" if use_schedule else "constant lr 0.1"
    print(f"{label:17s}: final (x, y) = ({point[0].item():.3f}, {point[1].item():.3f}), "
          f"mean loss of the last 50 steps {sum(losses[-50:]) / 50:.1e}")

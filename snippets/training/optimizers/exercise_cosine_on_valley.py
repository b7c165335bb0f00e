"""Exercise 2: Adam on the valley with noisy gradients, with a constant lr and with cosine annealing."""
import torch


def loss_fn(x, y):
    return (1 - x) ** 2 + 20 * (y - x**2) ** 2


STEPS = 500
NOISE = 2.0   # mini-batch gradients are noisy estimates of the full gradient; this imitates it


def train(noise, use_schedule):
    """Adam with lr 0.1 from (-1.5, 2): the final point and the mean loss of the last 50 steps."""
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
        point.grad += noise * torch.randn(2)
        optimizer.step()
        if use_schedule:
            scheduler.step()
    return point.tolist(), sum(losses[-50:]) / 50


final_loss = {}
for noise in (NOISE, 0.0):
    for use_schedule in (False, True):
        (x, y), final_loss[noise, use_schedule] = train(noise, use_schedule)
        label = "cosine annealing" if use_schedule else "constant lr 0.1"
        print(f"noise {noise}, {label:17s}: final (x, y) = ({x:.3f}, {y:.3f}), "
              f"mean loss of the last 50 steps {final_loss[noise, use_schedule]:.1e}")

annealing_gain = final_loss[NOISE, False] / final_loss[NOISE, True]   # with noise: how much lower annealing ends
assert final_loss[0.0, False] < final_loss[0.0, True], "without noise the constant lr should end lower"

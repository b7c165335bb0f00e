# %% one-dimension
"""The largest stable learning rate is 2 / curvature: found by experiment for four quadratics."""
import torch


def diverges(curvature, lr, steps=100):
    """Run gradient descent on loss = curvature/2 · w² from w = 1; True if w grew."""
    w = torch.tensor(1.0, requires_grad=True)
    for _ in range(steps):
        loss = 0.5 * curvature * w**2
        loss.backward()
        with torch.no_grad():
            w -= lr * w.grad
        w.grad = None
    return not abs(w.item()) <= 1.0   # written this way so that an overflow to nan counts as growth


for curvature in (0.5, 4.0, 10.0, 250.0):
    stable, unstable = 0.0, 100.0
    for _ in range(30):   # bisection between a stable and an unstable learning rate
        middle = (stable + unstable) / 2
        if diverges(curvature, middle):
            unstable = middle
        else:
            stable = middle
    print(f"curvature {curvature:6g}: largest stable lr found {stable:.5f}, "
          f"2 / curvature = {2 / curvature:.5f}")

# %% two-dimensions
# A valley: curvature 1 along x, 20 across it along y. One learning rate serves both.
curvatures = torch.tensor([1.0, 20.0])
flat_after = {}
for lr in (0.05, 0.099, 0.101):
    w = torch.tensor([1.0, 1.0], requires_grad=True)
    for step in range(100):
        loss = 0.5 * (curvatures * w**2).sum()
        loss.backward()
        with torch.no_grad():
            w -= lr * w.grad
        w.grad = None
    x, y = w.tolist()
    flat_after[lr] = x
    print(f"lr {lr:5}: after 100 steps x = {x:9.3g} (flat direction), y = {y:9.3g} (steep direction)")

steep_factor = 1 - 0.099 * curvatures[1].item()   # what each step at lr 0.099 does to y
flat_behind = flat_after[0.05] / flat_after[0.099]   # the price of halving the rate, along x

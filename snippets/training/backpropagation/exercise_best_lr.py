"""Exercise 3: which learning rate crosses the valley with curvatures 1 and 20 fastest?"""
import torch

curvatures = torch.tensor([1.0, 20.0])
for lr in (0.02, 0.05, 0.08, 0.09, 0.095, 0.098):
    w = torch.tensor([1.0, 1.0], requires_grad=True)
    for step in range(1, 1001):
        loss = 0.5 * (curvatures * w**2).sum()
        loss.backward()
        with torch.no_grad():
            w -= lr * w.grad
        w.grad = None
        if 0.5 * (curvatures * w.detach() ** 2).sum() < 1e-6:
            break
    print(f"lr {lr:5}: loss below 1e-6 after {step} steps")

best_lr = 2 / (curvatures.min() + curvatures.max())
print(f"theory: best lr = 2 / (1 + 20) = {best_lr:.4f}; "
      f"each step then shrinks the error by (20 − 1) / (20 + 1) = {19 / 21:.3f}")

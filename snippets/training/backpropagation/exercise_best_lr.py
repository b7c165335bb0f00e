"""Exercise 3: which learning rate crosses the valley with curvatures 1 and 20 fastest?"""
import torch

curvatures = torch.tensor([1.0, 20.0])
steps_needed = {}
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
    steps_needed[lr] = step
    print(f"lr {lr:5}: loss below 1e-6 after {step} steps")
fastest_lr = min(steps_needed, key=steps_needed.get)

best_lr = 2 / (curvatures.min() + curvatures.max())
kappa = curvatures.max() / curvatures.min()   # the condition number
error_left = (kappa - 1) / (kappa + 1)   # what each step at best_lr leaves of the error
print(f"fastest here: lr {fastest_lr}; theory: best lr = 2 / (1 + 20) = {best_lr:.4f}, "
      f"and each step leaves (κ − 1) / (κ + 1) = {error_left:.3f} of the error")

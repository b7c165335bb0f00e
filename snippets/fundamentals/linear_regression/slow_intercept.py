# %% gradients
"""Why the intercept b hardly learns: its gradient is dozens of times smaller than a's."""
import math

import torch

torch.manual_seed(0)
x = torch.linspace(0, 100, 100)
y = x + 10 * torch.randn(100)
x_train, y_train = x[:90], y[:90]

a = torch.randn(1, requires_grad=True)
b = torch.randn(1, requires_grad=True)
loss = ((a * x_train + b - y_train) ** 2).mean()
loss.backward()
# d loss/da = mean(2·error·x) and d loss/db = mean(2·error): the only difference is the factor x.
print(f"first step: d loss/da = {a.grad.item():9.3f}")
print(f"            d loss/db = {b.grad.item():9.3f}")
ratio = a.grad.item() / b.grad.item()
print(f"            ratio     = {ratio:9.1f}")

# %% curvature
# The loss's second derivatives (its Hessian): 2·mean(x²) along a, 2 along b, 2·mean(x) across.
hessian = 2 * torch.tensor([[x_train.pow(2).mean(), x_train.mean()], [x_train.mean(), 1.0]])
print(f"curvature along a / curvature along b = mean(x²) = {x_train.pow(2).mean().item():.0f}")
flattest, steepest = torch.linalg.eigvalsh(hessian).tolist()
print(f"steepest / flattest direction of the valley   = {steepest / flattest:.0f}")
# Gradient descent is stable only while learning_rate · curvature < 2 in every direction; along the
# flattest one, each step at learning rate 1e-4 covers the share 1e-4 · curvature of the remaining distance.
largest_stable_lr = 2 / steepest
step_share = 1e-4 * flattest
halving_steps = math.log(2) / step_share
print(f"largest stable learning rate {largest_stable_lr:.2e}; at 1e-4 the flattest direction "
      f"halves its distance every {halving_steps:,.0f} steps")

# %% reference
# The closed-form least-squares answer: the column of ones multiplies b.
features = torch.stack([x_train, torch.ones_like(x_train)], dim=1)  # [90, 2]
solution = torch.linalg.lstsq(features, y_train.unsqueeze(1)).solution
best_a, best_b = solution.flatten().tolist()
best_loss = ((best_a * x_train + best_b - y_train) ** 2).mean().item()
print(f"least squares: a = {best_a:.4f}, b = {best_b:.4f}, train loss {best_loss:.4f}")

# %% walk
def gradient_descent(a_start, b_start, steps=1000, learning_rate=1e-4):
    a = torch.tensor([a_start], requires_grad=True)
    b = torch.tensor([b_start], requires_grad=True)
    for _ in range(steps):
        loss = ((a * x_train + b - y_train) ** 2).mean()
        loss.backward()
        with torch.no_grad():
            a -= learning_rate * a.grad
            b -= learning_rate * b.grad
        a.grad.zero_()
        b.grad.zero_()
    return a.item(), b.item(), loss.item()


a_start, b_start = a.item(), b.item()
# The second start puts b 10 away from its best value, to make the crawl easy to see.
for b_from in [b_start, 10.0]:
    end_a, end_b, end_loss = gradient_descent(a_start, b_from)
    print(f"start a = {a_start:.4f}, b = {b_from:7.4f} -> after 1000 steps "
          f"a = {end_a:.4f}, b = {end_b:7.4f}, train loss {end_loss:.4f}")
    if b_from == b_start:
        share_covered = (end_b - b_start) / (best_b - b_start)  # of the way to the best b
        loss_above_best = end_loss - best_loss

# %% mse-l1
"""Regression losses on four predictions, one of them far off: MSELoss, L1Loss, HuberLoss, SmoothL1Loss."""
import torch
from torch import nn

predictions = torch.tensor([1.5, 2.0, 2.0, 12.0])
targets = torch.tensor([1.0, 2.0, 3.0, 4.0])
errors = predictions - targets
print("errors:", errors.tolist())

mse = nn.MSELoss()(predictions, targets)  # note the order: prediction first, target second
l1 = nn.L1Loss()(predictions, targets)
print(f"MSELoss {mse.item():.4f}   by hand {(errors ** 2).mean().item():.4f}")
print(f"L1Loss  {l1.item():.4f}   by hand {errors.abs().mean().item():.4f}")
outlier_share = (errors[3] ** 2 / (errors ** 2).sum()).item()
print(f"share of the MSE due to the far-off prediction: {outlier_share:.0%}")

# %% huber
for delta in (1.0, 2.0):
    huber = nn.HuberLoss(delta=delta)(predictions, targets)
    smooth_l1 = nn.SmoothL1Loss(beta=delta)(predictions, targets)
    # Quadratic for small errors, straight lines of slope delta beyond |error| = delta.
    small = errors.abs() < delta
    by_hand = torch.where(small, 0.5 * errors ** 2, delta * (errors.abs() - 0.5 * delta)).mean()
    print(f"delta {delta}: HuberLoss {huber.item():.4f} (by hand {by_hand.item():.4f}),"
          f" SmoothL1Loss(beta={delta}) {smooth_l1.item():.4f} = HuberLoss / {delta}")
    assert torch.isclose(huber, by_hand) and torch.isclose(smooth_l1, huber / delta)

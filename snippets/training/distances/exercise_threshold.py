"""Exercise: pos_weight=19 or no weight and a lower threshold: compare the predictions on the toy problem."""
import math

import torch
from torch import nn

torch.manual_seed(0)


def make_points(negatives, positives):
    points = torch.cat([torch.randn(negatives, 2), torch.randn(positives, 2) + 2.0])
    labels = torch.cat([torch.zeros(negatives), torch.ones(positives)])
    return points, labels


train_points, train_labels = make_points(1900, 100)
held_out_points, held_out_labels = make_points(1900, 100)


def train(pos_weight):
    model = nn.Linear(2, 1)
    loss_fn = nn.BCEWithLogitsLoss(pos_weight=torch.tensor([pos_weight]))
    optimizer = torch.optim.Adam(model.parameters(), lr=0.5)
    for step in range(300):
        loss = loss_fn(model(train_points), train_labels.unsqueeze(1))
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return model


unweighted, weighted = train(1.0), train(19.0)
bias_shift = weighted.bias.item() - unweighted.bias.item()
print(f"bias without weight {unweighted.bias.item():.2f}, with pos_weight=19 {weighted.bias.item():.2f}: "
      f"{bias_shift:.2f} higher; log(19) = {math.log(19):.2f}")
with torch.no_grad():
    probability = torch.sigmoid(unweighted(held_out_points).squeeze(1))
    weighted_says_yes = weighted(held_out_points).squeeze(1) > 0
positives = held_out_labels == 1
for threshold in (0.5, 0.2, 1 / 20):
    says_yes = probability > threshold
    agreement = (says_yes == weighted_says_yes).float().mean().item()
    print(f"no weight, threshold {threshold:.2f}: recall {(says_yes & positives).sum() / positives.sum():.0%}, "
          f"agrees with pos_weight=19 on {agreement:.1%} of the held-out points")
print(f"pos_weight=19, threshold 0.5:   recall {(weighted_says_yes & positives).sum() / positives.sum():.0%}")
assert agreement > 0.98 and abs(bias_shift - math.log(19)) < 0.3

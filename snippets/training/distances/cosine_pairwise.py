# %% cosine
"""CosineSimilarity and PairwiseDistance: one number per pair of rows, checked against the formulas."""
import torch
from torch import nn

# Four pairs of 3-dimensional vectors: row i of `first` is compared with row i of `second`.
first = torch.tensor([[1.0, 2.0, 2.0],
                      [1.0, 0.0, 0.0],
                      [3.0, 0.0, 4.0],
                      [1.0, 2.0, 3.0]])
second = torch.tensor([[2.0, 4.0, 4.0],     # the same direction, twice as long
                       [0.0, 5.0, 0.0],     # at a right angle
                       [-3.0, 0.0, -4.0],   # the opposite direction
                       [2.0, 0.0, 1.0]])

cosine = nn.CosineSimilarity(dim=1)(first, second)  # dim=1: the vectors are the rows
by_hand = (first * second).sum(dim=1) / (first.norm(dim=1) * second.norm(dim=1))
print("CosineSimilarity:", [round(value, 4) for value in cosine.tolist()])
print("by hand:         ", [round(value, 4) for value in by_hand.tolist()])
assert torch.allclose(cosine, by_hand)
last_cosine = cosine[3].item()

# dim=0 on a batch of rows compares the columns instead: 3 numbers for 4 pairs, and no error.
columns = nn.CosineSimilarity(dim=0)(first, second)
print("dim=0 by mistake:", tuple(columns.shape), "one number per column, not per pair")

# %% pairwise
euclidean = nn.PairwiseDistance(p=2)(first, second)
manhattan = nn.PairwiseDistance(p=1)(first, second)
print("PairwiseDistance p=2:", [round(value, 4) for value in euclidean.tolist()])
print("by hand:             ", [round(value, 4) for value in ((first - second) ** 2).sum(dim=1).sqrt().tolist()])
print("PairwiseDistance p=1:", [round(value, 4) for value in manhattan.tolist()])
print("by hand:             ", [round(value, 4) for value in (first - second).abs().sum(dim=1).tolist()])
assert torch.allclose(euclidean, (first - second).norm(dim=1)) and torch.allclose(manhattan, (first - second).abs().sum(dim=1))
same_direction_distance = euclidean[0].item()
assert torch.isclose(euclidean[0], euclidean[3])  # the same distance, different cosines

# %% eps
# PairwiseDistance computes ||first - second + eps||, eps = 1e-6 added to every coordinate of the difference.
same = nn.PairwiseDistance()(first[:1], first[:1])
print(f"distance of a vector to itself: {same.item():.3g}  (eps * sqrt(3) = {1e-6 * 3 ** 0.5:.3g})")
forward = nn.PairwiseDistance()(first[3:], second[3:]).item()
backward = nn.PairwiseDistance()(second[3:], first[3:]).item()
print(f"d(x, y) = {forward:.7f}   d(y, x) = {backward:.7f}")
assert forward != backward  # the eps is added with the same sign whichever comes first

# Why the eps: the square root's slope is infinite at 0, so the distance between equal points has no gradient.
point = first[:1].clone().requires_grad_(True)
((point - first[:1]) ** 2).sum().sqrt().backward()
print("gradient of sqrt(sum(diff²)) at distance 0:   ", point.grad.tolist())
point.grad = None
nn.PairwiseDistance()(point, first[:1]).sum().backward()
print("gradient of PairwiseDistance at distance 0:", [[round(g, 4) for g in row] for row in point.grad.tolist()])
assert point.grad.isfinite().all()

# CosineSimilarity divides by the lengths: its eps keeps a zero vector from giving 0 / 0.
zero = torch.zeros(1, 3)
print("cosine with the zero vector:", nn.CosineSimilarity(dim=1)(zero, second[:1]).item(),
      "  by hand:", ((zero * second[:1]).sum() / (zero.norm() * second[:1].norm())).item())

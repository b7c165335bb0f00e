"""Two classes (or several yes/no labels): BCELoss on probabilities, BCEWithLogitsLoss on logits."""
import torch
from torch import nn

logits = torch.tensor([2.0, -1.0, 0.5, -3.0])
targets = torch.tensor([1.0, 0.0, 0.0, 1.0])  # floats, the same shape as the predictions

probabilities = torch.sigmoid(logits)
bce = nn.BCELoss()(probabilities, targets)
with_logits = nn.BCEWithLogitsLoss()(logits, targets)  # the sigmoid is inside the loss
by_hand = -(targets * probabilities.log() + (1 - targets) * (1 - probabilities).log()).mean()
print("probabilities:", [round(p, 3) for p in probabilities.tolist()])
print(f"BCELoss(sigmoid(logits)) {bce.item():.4f}")
print(f"BCEWithLogitsLoss(logits) {with_logits.item():.4f}")
print(f"by hand                   {by_hand.item():.4f}")

# Several labels per sample (multi-label): one logit per label, each a yes/no question of its own.
tag_logits = torch.tensor([[3.0, -2.0, 1.0], [-1.0, 2.0, 2.0]])
tags = torch.tensor([[1.0, 0.0, 1.0], [0.0, 1.0, 0.0]])
print(f"multi-label, 2 samples x 3 tags: {nn.BCEWithLogitsLoss()(tag_logits, tags).item():.4f}")
# pos_weight > 1 counts the missed positives of a rare label more.
print(f"with pos_weight=3 for every tag: {nn.BCEWithLogitsLoss(pos_weight=torch.full((3,), 3.0))(tag_logits, tags).item():.4f}")

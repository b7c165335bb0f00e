# %% indices
"""CrossEntropyLoss: with class indices, as LogSoftmax + NLLLoss, with probabilities, with label smoothing."""
import torch
import torch.nn.functional as F
from torch import nn

# Raw scores (logits) of 3 samples for 4 classes: shape (batch, classes), no softmax applied.
logits = torch.tensor([[2.0, 1.0, 0.1, -1.0],
                       [0.5, 0.2, 0.3, 2.5],
                       [1.0, 3.0, -2.0, 0.0]])
classes = torch.tensor([0, 3, 2])  # shape (batch,), int64: the index of each sample's true class
loss_fn = nn.CrossEntropyLoss()
loss = loss_fn(logits, classes)

log_probabilities = logits.log_softmax(dim=1)
per_sample = -log_probabilities[torch.arange(3), classes]  # minus the log-probability of the true class
true_probability = per_sample.neg().exp()
print("probability of the true class:", [round(p, 3) for p in true_probability.tolist()])
print("loss of each sample:          ", [round(value, 3) for value in per_sample.tolist()])
print(f"CrossEntropyLoss {loss.item():.4f}   by hand {per_sample.mean().item():.4f}")
# The text quotes the most and the least confident sample.
best, worst = true_probability.argmax(), true_probability.argmin()
best_probability, best_loss = true_probability[best].item(), per_sample[best].item()
worst_probability, worst_loss = true_probability[worst].item(), per_sample[worst].item()

# The loss is one number: a 0-dimensional tensor, not a tensor of shape (1,).
print("loss:", loss, "  shape", tuple(loss.shape), "  dim", loss.dim(), "  .item()", loss.item())
assert loss.dim() == 0
# Class indices are not one-hot vectors: one-hot is a (batch, classes) matrix with a 1 in the true class.
one_hot = F.one_hot(classes, num_classes=4).float()
print("class indices:", classes, tuple(classes.shape), classes.dtype)
print("one-hot:      ", one_hot.tolist(), tuple(one_hot.shape), one_hot.dtype)

# %% nll
log_softmax = nn.LogSoftmax(dim=1)
nll = nn.NLLLoss()(log_softmax(logits), classes)  # NLLLoss only picks -log p of the true class and averages
print(f"NLLLoss(LogSoftmax(logits)) {nll.item():.4f}")
assert torch.isclose(nll, loss)

# %% probabilities
print(f"targets as one-hot probabilities: {loss_fn(logits, one_hot).item():.4f}")
# Soft targets, as in distillation or mixup: here sample 0 is 70 % class 0 and 30 % class 1.
soft = torch.tensor([[0.7, 0.3, 0.0, 0.0],
                     [0.0, 0.0, 0.0, 1.0],
                     [0.0, 0.0, 1.0, 0.0]])
by_hand = -(soft * log_probabilities).sum(dim=1).mean()  # summed over classes, averaged over samples
print(f"soft targets: {loss_fn(logits, soft).item():.4f}   by hand {by_hand.item():.4f}")

# %% label-smoothing
smoothing = 0.1
smoothed_loss = nn.CrossEntropyLoss(label_smoothing=smoothing)(logits, classes)
# The same as aiming at 1 - 0.1 + 0.1/4 for the true class and 0.1/4 for each of the others.
smoothed_targets = one_hot * (1 - smoothing) + smoothing / 4
print("smoothed targets of sample 0:", [round(p, 3) for p in smoothed_targets[0].tolist()])
print(f"label_smoothing=0.1: {smoothed_loss.item():.4f}   with smoothed targets {loss_fn(logits, smoothed_targets).item():.4f}")

# Without smoothing, a more confident right answer always lowers the loss; with it, not beyond a point.
for margin in (2.0, 5.0, 10.0, 20.0):
    confident = torch.tensor([[margin, 0.0, 0.0, 0.0]])
    plain = F.cross_entropy(confident, torch.tensor([0]))
    smoothed = F.cross_entropy(confident, torch.tensor([0]), label_smoothing=smoothing)
    print(f"true class {margin:4.0f} above the rest: loss {plain.item():.4f}, with smoothing {smoothed.item():.4f}")

# %% worked
"""Class imbalance: pos_weight in BCEWithLogitsLoss and weight in CrossEntropyLoss, worked, then on a toy problem."""
import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)

logits = torch.tensor([1.0, -1.0, 2.0, -2.0])
targets = torch.tensor([1.0, 1.0, 0.0, 0.0])  # two positives, two negatives
pos_weight = torch.tensor([3.0])

plain = nn.BCEWithLogitsLoss(reduction="none")(logits, targets)
weighted = nn.BCEWithLogitsLoss(pos_weight=pos_weight, reduction="none")(logits, targets)
# -[pos_weight * y * log σ(z) + (1 - y) * log(1 - σ(z))], with log(1 - σ(z)) = log σ(-z)
by_hand = -(pos_weight * targets * F.logsigmoid(logits) + (1 - targets) * F.logsigmoid(-logits))
print("per element, no weight:   ", [round(value, 4) for value in plain.tolist()])
print("per element, pos_weight=3:", [round(value, 4) for value in weighted.tolist()])
print("by hand:                  ", [round(value, 4) for value in by_hand.tolist()])
assert torch.allclose(weighted, by_hand)
bce_mean = nn.BCEWithLogitsLoss(pos_weight=pos_weight)(logits, targets)
print(f"mean: {bce_mean.item():.4f} = sum / 4 elements")

# The same four samples as two classes for CrossEntropyLoss: logits (0, z) give the same per-sample loss.
two_logits = torch.stack([torch.zeros(4), logits], dim=1)
classes = targets.long()
ce_weighted = nn.CrossEntropyLoss(weight=torch.tensor([1.0, 3.0]))(two_logits, classes)
print(f"CrossEntropyLoss(weight=[1, 3]): {ce_weighted.item():.4f} = the same sum / (3 + 3 + 1 + 1)")
assert torch.isclose(ce_weighted, weighted.sum() / 8) and torch.isclose(bce_mean, weighted.sum() / 4)

# %% toy
# An imbalanced toy problem: 1,900 negatives around (0, 0), 100 positives around (2, 2), overlapping.
def make_points(negatives, positives):
    points = torch.cat([torch.randn(negatives, 2), torch.randn(positives, 2) + 2.0])
    labels = torch.cat([torch.zeros(negatives), torch.ones(positives)])
    return points, labels


train_points, train_labels = make_points(1900, 100)
held_out_points, held_out_labels = make_points(1900, 100)
ratio = (train_labels == 0).sum() / (train_labels == 1).sum()  # negatives per positive: 19


def train(model, loss_fn, targets):
    optimizer = torch.optim.Adam(model.parameters(), lr=0.5)
    for step in range(300):  # the whole training set in every step: it is tiny
        loss = loss_fn(model(train_points), targets)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return model


def recall_and_precision(predicted):
    true_positives = (predicted & (held_out_labels == 1)).sum().item()
    return true_positives / (held_out_labels == 1).sum().item(), true_positives / max(predicted.sum().item(), 1)


# One logit and BCEWithLogitsLoss, without and with pos_weight = negatives / positives; two logits and weight=.
unweighted = train(nn.Linear(2, 1), nn.BCEWithLogitsLoss(), train_labels.unsqueeze(1))
with_pos_weight = train(nn.Linear(2, 1), nn.BCEWithLogitsLoss(pos_weight=ratio.reshape(1)), train_labels.unsqueeze(1))
with_class_weight = train(nn.Linear(2, 2), nn.CrossEntropyLoss(weight=torch.tensor([1.0, ratio])), train_labels.long())
with torch.no_grad():
    predictions = {
        "no weight": unweighted(held_out_points).squeeze(1) > 0,
        f"pos_weight={ratio:.0f}": with_pos_weight(held_out_points).squeeze(1) > 0,
        f"CrossEntropyLoss weight=[1, {ratio:.0f}]": with_class_weight(held_out_points).argmax(dim=1) == 1,
    }
results = []
for name, predicted in predictions.items():
    recall, precision = recall_and_precision(predicted)
    accuracy = (predicted == (held_out_labels == 1)).float().mean().item()
    print(f"{name:32s} recall {recall:.0%}  precision {precision:.0%}  accuracy {accuracy:.1%}")
    results.append((recall, precision, accuracy))
(recall_plain, precision_plain, accuracy_plain), (recall_weighted, precision_weighted, accuracy_weighted), \
    (recall_class_weight, _, _) = results
always_negative_accuracy = (held_out_labels == 0).float().mean().item()  # what answering "no" every time scores
assert recall_weighted > recall_plain + 0.3 and precision_weighted < precision_plain
assert abs(recall_class_weight - recall_weighted) < 0.05  # the two ways of weighting agree

fig, ax = plt.subplots(figsize=(6.5, 5.5), layout="constrained")
negative, positive = held_out_points[held_out_labels == 0], held_out_points[held_out_labels == 1]
ax.scatter(negative[:, 0], negative[:, 1], s=4, color="tab:blue", alpha=0.4, label="negative (1,900)")
ax.scatter(positive[:, 0], positive[:, 1], s=10, color="tab:red", label="positive (100)")
xs = torch.linspace(-4, 4, 2)
for model, style, name in ((unweighted, "-", "boundary, no weight"), (with_pos_weight, "--", "boundary, pos_weight=19")):
    (w1, w2), b = model.weight.detach()[0], model.bias.detach()[0]
    ax.plot(xs, -(w1 * xs + b) / w2, "k" + style, label=name)  # where the logit w1·x + w2·y + b is 0
ax.set_xlim(-4, 4)
ax.set_ylim(-4, 4)
ax.set_xlabel("feature 1")
ax.set_ylabel("feature 2")
ax.set_title("pos_weight moves the boundary into the majority class")
ax.legend(loc="upper left")
plt.show()

# %% shape
# pos_weight holds one weight per label, along the LAST dimension, like a row of the targets.
with_labels = nn.BCEWithLogitsLoss(pos_weight=torch.tensor([1.0, 5.0, 10.0]))  # 3 labels
print(f"(batch, 3 labels): {with_labels(torch.zeros(8, 3), torch.ones(8, 3)).item():.4f}, fine")
try:
    nn.BCEWithLogitsLoss(pos_weight=3.0)
except TypeError as error:
    print("pos_weight=3.0:", error)

# Masks of 3 labels per pixel, (batch, 3, height, width): the (3,) weights meet the width, not the labels.
masks = torch.ones(2, 3, 4, 4)
try:
    with_labels(torch.zeros(2, 3, 4, 4), masks)
except RuntimeError as error:
    print("(2, 3, 4, 4):", error)
# When the width happens to be 3 too, nothing fails: the columns are weighted instead of the labels.
per_pixel = nn.BCEWithLogitsLoss(pos_weight=torch.tensor([1.0, 5.0, 10.0]), reduction="none")
wrong = per_pixel(torch.zeros(2, 3, 3, 3), torch.ones(2, 3, 3, 3))
per_pixel.pos_weight = torch.tensor([1.0, 5.0, 10.0]).reshape(3, 1, 1)  # one weight per label, broadcast over pixels
right = per_pixel(torch.zeros(2, 3, 3, 3), torch.ones(2, 3, 3, 3))
print("loss of row 0 in labels 0, 1, 2 with shape (3,):     ", [[round(v, 2) for v in wrong[0, label, 0].tolist()] for label in range(3)])
print("loss of row 0 in labels 0, 1, 2 with shape (3, 1, 1):", [[round(v, 2) for v in right[0, label, 0].tolist()] for label in range(3)])
assert not torch.equal(wrong, right)

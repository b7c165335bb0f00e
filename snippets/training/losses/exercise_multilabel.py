"""Exercise 3: an image holding both a cat and a dog: BCEWithLogitsLoss per label against CrossEntropyLoss with soft targets."""
import torch
from torch import nn

labels = ["airplane", "cat", "dog", "ship"]
present = torch.tensor([[0.0, 1.0, 1.0, 0.0]])

for name, loss_fn, targets, to_probabilities in (
    ("BCEWithLogitsLoss", nn.BCEWithLogitsLoss(), present, torch.sigmoid),
    # Probability targets for cross-entropy must sum to 1: half cat, half dog.
    ("CrossEntropyLoss ", nn.CrossEntropyLoss(), present / present.sum(), lambda logits: logits.softmax(dim=1)),
):
    logits = torch.zeros(1, 4, requires_grad=True)  # the prediction itself is what we fit
    optimizer = torch.optim.SGD([logits], lr=1.0)
    for step in range(200):
        loss = loss_fn(logits, targets)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    probabilities = to_probabilities(logits.detach())[0]
    print(name, {label: round(p, 2) for label, p in zip(labels, probabilities.tolist())})

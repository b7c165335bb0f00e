# %% wrong
"""Softmax before nn.CrossEntropyLoss applies softmax twice: the loss cannot reach 0."""
import torch
from torch import nn

labels = torch.tensor([3, 1, 0, 7])
perfect_logits = 20 * nn.functional.one_hot(labels, num_classes=10).float()  # sure and right

loss_fn = nn.CrossEntropyLoss()  # expects logits: it applies log-softmax itself
probabilities = perfect_logits.softmax(dim=1)  # a Softmax layer at the end of the model
stuck_loss = loss_fn(probabilities, labels).item()
print(f"loss of perfect predictions, softmax first: {stuck_loss:.4f}")
# Probabilities lie in [0, 1], so the best the second softmax can give the right class is e / (e + 9).
print(f"-log(e / (e + 9)) = {-torch.log(torch.e / torch.tensor(torch.e + 9)).item():.4f}")

# %% right
print(f"loss of perfect predictions, logits:        {loss_fn(perfect_logits, labels).item():.4f}")

"""Exercise 2: CrossEntropyLoss(weight=...) for rare classes, and what its mean divides by."""
import torch
from torch import nn

torch.manual_seed(0)
logits = torch.randn(6, 3)
classes = torch.tensor([0, 0, 0, 0, 1, 2])  # class 0 is common, 1 and 2 are rare
class_weights = torch.tensor([0.25, 1.0, 1.0])

weighted = nn.CrossEntropyLoss(weight=class_weights)(logits, classes)
per_sample = nn.CrossEntropyLoss(reduction="none")(logits, classes)
sample_weights = class_weights[classes]
print("per-sample losses:", [round(value, 3) for value in per_sample.tolist()])
print(f"weighted mean:               {weighted.item():.4f}")
print(f"sum(w * loss) / sum(w):      {((sample_weights * per_sample).sum() / sample_weights.sum()).item():.4f}")
print(f"sum(w * loss) / batch size:  {((sample_weights * per_sample).sum() / len(classes)).item():.4f}")

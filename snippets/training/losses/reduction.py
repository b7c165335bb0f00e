"""reduction='none', 'mean' and 'sum': one loss per element, their mean, or their sum."""
import torch
from torch import nn

predictions = torch.tensor([1.5, 2.0, 2.0, 12.0])
targets = torch.tensor([1.0, 2.0, 3.0, 4.0])
for reduction in ("none", "mean", "sum"):
    print(f"MSELoss(reduction={reduction!r}):", nn.MSELoss(reduction=reduction)(predictions, targets))

logits = torch.tensor([[2.0, 0.5, -1.0], [0.0, 3.0, 0.0]])
classes = torch.tensor([0, 2])
for reduction in ("none", "mean", "sum"):
    print(f"CrossEntropyLoss(reduction={reduction!r}):", nn.CrossEntropyLoss(reduction=reduction)(logits, classes))

# With 'sum' the gradient grows with the batch, so the right learning rate depends on the batch size.
torch.manual_seed(0)
weight = torch.randn(5, requires_grad=True)
norms = {}
for batch_size in (10, 1000):
    inputs, outputs = torch.randn(batch_size, 5), torch.randn(batch_size)
    for reduction in ("mean", "sum"):
        loss = nn.MSELoss(reduction=reduction)(inputs @ weight, outputs)
        (gradient,) = torch.autograd.grad(loss, weight)
        norms[batch_size, reduction] = gradient.norm().item()
        print(f"batch of {batch_size:4d}, {reduction!r:6}: gradient norm {norms[batch_size, reduction]:8.1f}")
sum_ratio = norms[1000, "sum"] / norms[10, "sum"]
mean_ratio = norms[1000, "mean"] / norms[10, "mean"]

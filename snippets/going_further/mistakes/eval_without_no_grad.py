# %% wrong
"""Evaluating with autograd on and summing loss tensors keeps every batch's graph alive."""
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 1))
batches = [(torch.randn(32, 20), torch.randn(32, 1)) for _ in range(100)]


def graph_size(tensor):
    seen, todo = set(), [tensor.grad_fn]
    while todo:
        node = todo.pop()
        if node is not None and node not in seen:
            seen.add(node)
            todo.extend(next_node for next_node, _ in node.next_functions)
    return len(seen)


total_loss = 0
for images, targets in batches:
    loss = nn.functional.mse_loss(model(images), targets)
    total_loss += loss  # a tensor: it carries the graph of every batch so far
print("total_loss:", type(total_loss).__name__, " requires_grad:", total_loss.requires_grad,
      " graph nodes kept alive:", graph_size(total_loss))

# %% right
model.eval()
total_loss = 0.0
with torch.no_grad():  # no graph is built at all
    for images, targets in batches:
        loss = nn.functional.mse_loss(model(images), targets)
        total_loss += loss.item()  # a Python float
print("total_loss:", type(total_loss).__name__, round(total_loss / len(batches), 4))

"""Summing the running loss as a tensor keeps every batch's graph alive; summing loss.item() keeps nothing."""
import torch
from torch import nn

torch.manual_seed(0)
inputs, targets = torch.randn(6400, 20), torch.randint(0, 3, (6400,))
toy_model = nn.Sequential(nn.Linear(20, 32), nn.ReLU(), nn.Linear(32, 3))
toy_optimizer = torch.optim.SGD(toy_model.parameters(), lr=0.1)


def graph_size(tensor):
    """How many autograd nodes the graph behind a tensor holds."""
    seen, stack = set(), [tensor.grad_fn]
    while stack:
        node = stack.pop()
        if node is not None and node not in seen:
            seen.add(node)
            stack.extend(next_node for next_node, _ in node.next_functions)
    return len(seen)


tensor_sum, float_sum = 0.0, 0.0
sizes = {}
for batch, (x, y) in enumerate(zip(inputs.split(64), targets.split(64)), start=1):
    loss = nn.functional.cross_entropy(toy_model(x), y)
    toy_optimizer.zero_grad()
    loss.backward()
    toy_optimizer.step()
    tensor_sum += loss  # as in the notes: the sum becomes a tensor that holds on to this batch's graph
    float_sum += loss.item()  # a Python float: no graph
    if batch in (1, 10, 100):
        sizes[batch] = graph_size(tensor_sum)
        print(f"after {batch:3d} batches the tensor sum's graph has {sizes[batch]:3d} nodes")

print("tensor sum:", tensor_sum)
print("float sum: ", round(float_sum, 4), type(float_sum).__name__)
assert tensor_sum.grad_fn is not None and sizes[1] < sizes[10] < sizes[100]

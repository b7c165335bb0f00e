"""Draw the graph that backward() walks, by following grad_fn and its next_functions."""
import matplotlib.pyplot as plt
import torch
from matplotlib.patches import Patch

x = torch.tensor(1.0, requires_grad=True)
w = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)
target = torch.tensor(10.0)
loss = (w * x + b - target) ** 2

leaf_names = {id(x): "x", id(w): "w", id(b): "b"}


def label(node):
    if hasattr(node, "variable"):  # AccumulateGrad: where a leaf's .grad is written
        return f"{type(node).__name__}\n→ {leaf_names[id(node.variable)]}.grad"
    return type(node).__name__


# Collect the nodes depth first from loss.grad_fn, where backward() starts.
nodes, edges = [], []
to_visit = [loss.grad_fn]
while to_visit:
    node = to_visit.pop()
    if node in nodes:  # a tensor used twice is one node with two arrows into it
        continue
    nodes.append(node)
    children = [child for child, _ in node.next_functions if child is not None]  # None: no gradient needed
    edges += [(node, child) for child in children]
    to_visit += reversed(children)

for node, child in edges:
    print(f"{label(node).splitlines()[0]:13s} -> {label(child).replace(chr(10), ' ')}")

# Column: the longest path from the loss, so every arrow points left and the forward pass
# reads left to right. Row: one per leaf; an operation sits level with the middle of its inputs.
depth = {node: 0 for node in nodes}
for _ in nodes:
    for node, child in edges:
        depth[child] = max(depth[child], depth[node] + 1)
leaves = [node for node in nodes if not any(parent is node for parent, _ in edges)]
row = {leaf: -index for index, leaf in enumerate(leaves)}
for node in sorted(nodes, key=lambda n: -depth[n]):
    if node not in row:
        row[node] = sum(row[child] for parent, child in edges if parent is node) / sum(
            1 for parent, _ in edges if parent is node)
deepest = max(depth.values())
position = {node: (deepest - depth[node], row[node]) for node in nodes}

fig, ax = plt.subplots(figsize=(9, 4))
colours = {"operation": "#fbd9b8", "leaf": "#cde6c7"}
boxes = {}
for node, (column, height) in position.items():
    colour = colours["leaf"] if hasattr(node, "variable") else colours["operation"]
    boxes[node] = ax.text(column, height, label(node), ha="center", va="center", fontsize=10,
                          bbox=dict(boxstyle="round,pad=0.4", facecolor=colour, edgecolor="0.3"))
for node, child in edges:
    ax.annotate("", xy=position[child], xytext=position[node],
                arrowprops=dict(arrowstyle="-|>", color="0.3", patchA=boxes[node], patchB=boxes[child]))
heights = [height for _, height in position.values()]
ax.set_xlim(-0.6, deepest + 0.6)
ax.set_ylim(min(heights) - 0.6, max(heights) + 0.6)
ax.axis("off")
ax.legend(handles=[Patch(facecolor=colours["operation"], edgecolor="0.3", label="operation recorded in the forward pass"),
                   Patch(facecolor=colours["leaf"], edgecolor="0.3", label="leaf: backward() writes its .grad")],
          loc="upper right", fontsize=9)
ax.set_title("The graph of loss = (w·x + b − target)², which backward() walks along the arrows")
plt.show()

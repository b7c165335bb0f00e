"""A picture of broadcasting: a (3, 1) column plus a (1, 4) row, stretched to (3, 4) and added."""
import matplotlib.pyplot as plt
import torch
from matplotlib.patches import FancyArrowPatch, Rectangle

a = torch.tensor([[0], [10], [20]])  # (3, 1)
b = torch.tensor([[0, 1, 2, 3]])  # (1, 4)
a_stretched, b_stretched = torch.broadcast_tensors(a, b)  # views with stride 0, no copies
result = a + b
assert torch.equal(result, a_stretched + b_stretched)


def draw_cells(ax, values, left, top, colour, label, stored=None):
    """Draw values as a grid of cells whose top-left corner is (left, top); y grows upwards."""
    rows, columns = values.shape
    for i in range(rows):
        for j in range(columns):
            real = stored is None or stored(i, j)  # cells that only repeat another are drawn faded
            ax.add_patch(Rectangle((left + j, top - i - 1), 1, 1, facecolor=colour,
                                   alpha=1.0 if real else 0.35, edgecolor="black",
                                   linestyle="-" if real else "--", linewidth=1.2))
            ax.text(left + j + 0.5, top - i - 0.5, str(values[i, j].item()),
                    ha="center", va="center", fontsize=12)
    ax.text(left + columns / 2, top + 0.3, label, ha="center", va="bottom", fontsize=11)


def arrow(ax, start, end):
    ax.add_patch(FancyArrowPatch(start, end, arrowstyle="-|>", mutation_scale=15, color="grey"))


fig, ax = plt.subplots(figsize=(9, 5.5))
blue, orange, green = "#9ecae1", "#fdae6b", "#a1d99b"

draw_cells(ax, a.numpy(), left=0, top=8.5, colour=blue, label="a: shape (3, 1)")
draw_cells(ax, b.numpy(), left=5, top=8.5, colour=orange, label="b: shape (1, 4)")
ax.text(10, 7.2, "Align the shapes from the right:\n"
                 "   a: (3, 1)\n   b: (1, 4)\nEach pair of sizes is equal or 1,\n"
                 "so a size of 1 is stretched.", va="center", fontsize=10, family="monospace")

draw_cells(ax, a_stretched.numpy(), left=0, top=3, colour=blue,
           label="a stretched to (3, 4)", stored=lambda i, j: j == 0)
ax.text(4.5, 1.5, "+", ha="center", va="center", fontsize=22)
draw_cells(ax, b_stretched.numpy(), left=5, top=3, colour=orange,
           label="b stretched to (3, 4)", stored=lambda i, j: i == 0)
ax.text(9.5, 1.5, "=", ha="center", va="center", fontsize=22)
draw_cells(ax, result.numpy(), left=10, top=3, colour=green, label="a + b: shape (3, 4)")

arrow(ax, (0.5, 5.3), (1.5, 3.8))
arrow(ax, (7, 7.3), (7, 3.8))
ax.text(1.4, 4.7, "dim 1: size 1 → 4", fontsize=10, color="dimgrey")
ax.text(7.2, 5.5, "dim 0: size 1 → 3", fontsize=10, color="dimgrey")
ax.text(0, -0.6, "Dashed cells are not stored: they read the memory of the solid cell in their "
                 "row or column (stride 0).", fontsize=10)

ax.set_xlim(-0.3, 14.3)
ax.set_ylim(-1, 9.4)
ax.set_aspect("equal")
ax.axis("off")
ax.set_title("Broadcasting (3, 1) + (1, 4): size-1 dimensions are stretched, then added element by element")
plt.show()

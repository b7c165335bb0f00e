# %% worked
"""TripletMarginLoss: a worked example, then a 2-D embedding of MNIST digits trained with it."""
import matplotlib.pyplot as plt
import torch
from torch import nn

from tutorial_data import load_mnist

torch.manual_seed(0)

# Three triplets in 2-D: each anchor is at the origin.
anchor = torch.zeros(3, 2)
positive = torch.tensor([[1.0, 0.0], [1.0, 0.0], [0.0, 2.0]])
negative = torch.tensor([[0.0, 3.0], [1.5, 0.0], [1.0, 0.0]])
margin = 1.0

triplet_loss = nn.TripletMarginLoss(margin=margin, reduction="none")
losses = triplet_loss(anchor, positive, negative)
to_positive = (positive - anchor).norm(dim=1)
to_negative = (negative - anchor).norm(dim=1)
by_hand = (to_positive - to_negative + margin).clamp(min=0)  # max(d(a, p) - d(a, n) + margin, 0)
for name, d_p, d_n, loss in zip(("far negative", "inside the margin", "wrong order"), to_positive, to_negative, losses):
    print(f"{name:17s}  d(a,p) {d_p.item():.1f}  d(a,n) {d_n.item():.1f}  loss {loss.item():.4f}")
print("by hand:", [round(value, 4) for value in by_hand.tolist()])
print(f"mean (the default reduction): {nn.TripletMarginLoss(margin=margin)(anchor, positive, negative).item():.4f}")
assert torch.allclose(losses, by_hand, atol=1e-5)

# %% train
images, labels = load_mnist("test")
images = images.flatten(1).float() / 255
shuffled = torch.randperm(len(labels))
train_images, train_labels = images[shuffled[:8000]], labels[shuffled[:8000]]
held_out_images, held_out_labels = images[shuffled[8000:]], labels[shuffled[8000:]]
# Sorted by digit, the images of each digit are one block: count_of[d] images from first_of[d] on.
by_digit = train_labels.argsort()
train_images, train_labels = train_images[by_digit], train_labels[by_digit]
count_of = torch.bincount(train_labels, minlength=10)
first_of = count_of.cumsum(0) - count_of


def random_image_of(digits):
    """One random training image of each digit asked for."""
    offsets = (torch.rand(len(digits)) * count_of[digits]).long()
    return train_images[first_of[digits] + offsets]


def nearest_neighbour_accuracy(embed):
    """Label each held-out image with the digit of its nearest training image, in embedding space."""
    with torch.no_grad():
        distances = torch.cdist(embed(held_out_images), embed(train_images))  # every held-out x every training image
    predicted = train_labels[distances.argmin(dim=1)]
    return (predicted == held_out_labels).float().mean().item()


# Two output numbers, so that the embedding can be drawn; real embeddings have 64 to 512.
embed = nn.Sequential(nn.Linear(784, 64), nn.ReLU(), nn.Linear(64, 2))
with torch.no_grad():
    points_before = embed(held_out_images)
accuracy_before = nearest_neighbour_accuracy(embed)
optimizer = torch.optim.Adam(embed.parameters(), lr=1e-3)
loss_fn = nn.TripletMarginLoss(margin=1.0)
for step in range(600):
    anchor_index = torch.randint(len(train_labels), (64,))
    anchor_digits = train_labels[anchor_index]
    other_digits = (anchor_digits + torch.randint(1, 10, (64,))) % 10  # any digit but the anchor's
    loss = loss_fn(embed(train_images[anchor_index]), embed(random_image_of(anchor_digits)),
                   embed(random_image_of(other_digits)))
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    if step % 150 == 0 or step == 599:
        print(f"step {step:3d}  triplet loss {loss.item():.3f}")
with torch.no_grad():
    points_after = embed(held_out_images)
accuracy_after = nearest_neighbour_accuracy(embed)
print(f"held-out digits named by their nearest training image: {accuracy_before:.1%} before, {accuracy_after:.1%} after")
assert accuracy_before < 0.25 and accuracy_after > accuracy_before + 0.3

fig, axes = plt.subplots(1, 2, figsize=(10, 4.6), layout="constrained")
for ax, points, title in ((axes[0], points_before, "untrained"), (axes[1], points_after, "after 600 steps of TripletMarginLoss")):
    scatter = ax.scatter(points[:, 0], points[:, 1], c=held_out_labels, cmap="tab10", s=4, vmin=-0.5, vmax=9.5)
    ax.set_title(title)
    ax.set_xlabel("embedding 1")
    ax.set_ylabel("embedding 2")
fig.colorbar(scatter, ax=axes, ticks=range(10), label="digit")
fig.suptitle("2,000 held-out MNIST digits embedded in 2-D: the triplet loss gathers each digit together")
plt.show()

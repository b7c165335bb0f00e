# %% train
"""Accuracy, a confusion matrix, per-class accuracy, precision and recall, and the mistakes of an MNIST classifier."""
import os
import sys

import matplotlib.pyplot as plt
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset
from tqdm import tqdm

from tutorial_data import load_mnist

EPOCHS = 4
NUM_CLASSES = 10

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")

# The offline copy holds only MNIST's 10,000 test images: 8,000 to train on, 2,000 held out.
images, labels = load_mnist("test")
images = images.float() / 255
torch.manual_seed(0)
train_loader = DataLoader(TensorDataset(images[:8000], labels[:8000]), batch_size=64, shuffle=True)
val_images, val_labels = images[8000:], labels[8000:]

model = nn.Sequential(nn.Flatten(), nn.Linear(28 * 28, 128), nn.ReLU(), nn.Linear(128, 10)).to(device)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
for epoch in tqdm(range(EPOCHS), desc="epochs", disable=not sys.stderr.isatty()):
    model.train()
    for batch_images, batch_labels in train_loader:
        batch_images, batch_labels = batch_images.to(device), batch_labels.to(device)
        optimizer.zero_grad()
        nn.functional.cross_entropy(model(batch_images), batch_labels).backward()
        optimizer.step()

# Collect every prediction once; all the measures below are counts over these two tensors.
model.eval()
with torch.no_grad():
    predicted = model(val_images.to(device)).argmax(dim=1).cpu()
print(f"trained {EPOCHS} epochs; {len(val_labels)} held-out images")

# %% accuracy
correct = (predicted == val_labels).sum().item()
accuracy = correct / len(val_labels)
print(f"accuracy: {correct} of {len(val_labels)} = {accuracy:.4f}")

# %% confusion
# Row = true class, column = predicted class: the pair (t, p) gets the single index t * 10 + p.
confusion = torch.bincount(val_labels * NUM_CLASSES + predicted, minlength=NUM_CLASSES ** 2)
confusion = confusion.reshape(NUM_CLASSES, NUM_CLASSES)
print(confusion)
print("diagonal sum (correct):", confusion.trace().item(), "  total:", confusion.sum().item())
fewest_correct = confusion.diag().min().item()  # the smallest count on the diagonal

fig, ax = plt.subplots(figsize=(6.5, 5.5))
# The diagonal dwarfs the errors on a linear scale, so the colour shows log(1 + count).
ax.imshow(torch.log1p(confusion.float()).numpy(), cmap="Blues")
for true_class in range(NUM_CLASSES):
    for predicted_class in range(NUM_CLASSES):
        count = confusion[true_class, predicted_class].item()
        if count:
            ax.text(predicted_class, true_class, count, ha="center", va="center", fontsize=8,
                    color="white" if count > 50 else "black")
ax.set_xticks(range(NUM_CLASSES))
ax.set_yticks(range(NUM_CLASSES))
ax.set_xlabel("predicted class")
ax.set_ylabel("true class")
ax.set_title(f"Confusion matrix of {len(val_labels)} held-out MNIST digits")
fig.tight_layout()
plt.show()

# %% per-class
true_per_class = confusion.sum(dim=1)  # how many images of each class there are
predicted_per_class = confusion.sum(dim=0)  # how often each class was predicted
hits = confusion.diag()
recall = hits / true_per_class  # per-class accuracy: of the real 5s, how many were called 5
precision = hits / predicted_per_class  # of the images called 5, how many were 5s
f1 = 2 * precision * recall / (precision + recall)
print("class  images  recall (per-class accuracy)  precision    F1")
for digit in range(NUM_CLASSES):
    print(f"{digit:5d}  {true_per_class[digit].item():6d}  {recall[digit].item():27.3f}"
          f"  {precision[digit].item():9.3f}  {f1[digit].item():.3f}")
balanced_accuracy = recall.mean().item()
print(f"mean per-class accuracy {balanced_accuracy:.4f} (plain accuracy {accuracy:.4f})")
hardest, easiest = recall.argmin().item(), recall.argmax().item()
lowest_recall, highest_recall = recall[hardest].item(), recall[easiest].item()
# The least trustworthy answer, and the true classes of the images that wrongly got it (its column).
least = precision.argmin().item()
wrongly_called = confusion[:, least].clone()
wrongly_called[least] = 0
sources = sorted((-count, digit) for digit, count in enumerate(wrongly_called.tolist()) if count)
print(f"lowest precision: {least}; the images wrongly called {least}, by true class: "
      + ", ".join(f"{digit}: {-count}" for count, digit in sources))

# %% most-confused
errors = confusion.clone()
errors.fill_diagonal_(0)
counts, flat_indices = errors.flatten().topk(5)
print("most frequent mistakes:")
for count, flat_index in zip(counts.tolist(), flat_indices.tolist()):
    print(f"  a {flat_index // NUM_CLASSES} taken for a {flat_index % NUM_CLASSES}: {count} times")
# The most frequent mistake, and the same pair the other way round.
top_true, top_predicted = divmod(flat_indices[0].item(), NUM_CLASSES)
top_count, reverse_count = counts[0].item(), errors[top_predicted, top_true].item()
print(f"and a {top_predicted} taken for a {top_true}: {reverse_count} times")
assert reverse_count < top_count, "the matrix should not be symmetric here"

# %% mistakes
wrong = (predicted != val_labels).nonzero().flatten()[:16]
fig, axes = plt.subplots(2, 8, figsize=(8, 3.4))
for ax, index in zip(axes.flat, wrong.tolist()):
    ax.imshow(val_images[index].numpy(), cmap="gray_r")
    ax.set_title(f"true {val_labels[index].item()}\npred {predicted[index].item()}", fontsize=9)
    ax.set_xticks([])
    ax.set_yticks([])
fig.suptitle("The first 16 misclassified held-out images, true and predicted labels")
fig.tight_layout()
plt.show()

"""The notes' CIFAR-10 head flattens the whole batch into one vector; flattening each image is the fix."""
# %% wrong
import torch
from torch import nn
from tutorial_data import load_cifar10

images, labels = load_cifar10("test")
batch = images[:64].float() / 255  # one batch, as a DataLoader with batch_size=64 gives it
print("batch:", tuple(batch.shape))

flat_batch = torch.flatten(batch)  # every dimension, the batch one included
print("torch.flatten(batch):", tuple(flat_batch.shape), "=", "64 * 3 * 32 * 32 =", 64 * 3 * 32 * 32)

torch.manual_seed(0)
notes_head = nn.Linear(196608, 10)
print("Linear(196608, 10) output:", tuple(notes_head(flat_batch).shape), "- one answer for 64 images")
print("its parameters:", f"{sum(p.numel() for p in notes_head.parameters()):,}")

try:
    notes_head(torch.flatten(batch[:40]))  # the last, smaller batch of an epoch
except RuntimeError as error:
    print("a batch of 40 fails:", error)

# %% fix
flat_images = torch.flatten(batch, start_dim=1)  # keep dimension 0, the batch
print("torch.flatten(batch, start_dim=1):", tuple(flat_images.shape))

torch.manual_seed(0)
head = nn.Sequential(nn.Flatten(), nn.Linear(3 * 32 * 32, 10))  # nn.Flatten starts at dim 1 too
print("Flatten + Linear(3072, 10) output:", tuple(head(batch).shape), "- one row of 10 scores per image")
print("its parameters:", f"{sum(p.numel() for p in head.parameters()):,}")
print("a batch of 40:", tuple(head(batch[:40]).shape), " a single image:", tuple(head(batch[:1]).shape))

# Each image's scores now depend on that image alone, not on the rest of its batch.
print("image 0 alone == image 0 in the batch:", torch.allclose(head(batch[:1])[0], head(batch)[0], atol=1e-6))

# %% wrong
"""Flattening a whole batch into one vector, as in Linear(196608, 10), instead of one vector per image."""
import torch
from torch import nn

torch.manual_seed(0)
images = torch.rand(64, 3, 32, 32)

head = nn.Linear(196608, 10)  # 196608 = 64 * 3 * 32 * 32: the whole batch is one input
scores = head(torch.flatten(images))
print("64 images in ->", tuple(scores.shape), "scores out: one prediction for the whole batch")

last_batch = torch.rand(16, 3, 32, 32)  # 10,000 test images = 156 batches of 64 + 16
try:
    head(torch.flatten(last_batch))
except RuntimeError as error:
    print("RuntimeError:", error)

# %% right
head = nn.Sequential(nn.Flatten(), nn.Linear(3 * 32 * 32, 10))  # Flatten keeps dimension 0, the batch
print("64 images in ->", tuple(head(images).shape))
print("16 images in ->", tuple(head(last_batch).shape))

"""drop_last=True discards the last, incomplete batch: the notes needed it only because of their flattening."""
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
dataset = TensorDataset(torch.randn(1000, 3, 32, 32), torch.randint(0, 10, (1000,)))

sizes = [len(images) for images, labels in DataLoader(dataset, batch_size=64)]
print(f"drop_last=False: {len(sizes)} batches, sizes {sizes[0]} ... {sizes[-3:]}  (1000 = 15 * 64 + 40)")
sizes = [len(images) for images, labels in DataLoader(dataset, batch_size=64, drop_last=True)]
print(f"drop_last=True:  {len(sizes)} batches, sizes {sizes[0]} ... {sizes[-3:]}  ({1000 - sum(sizes)} images skipped)")

notes_head = nn.Linear(64 * 3 * 32 * 32, 10)
head = nn.Sequential(nn.Flatten(), nn.Linear(3 * 32 * 32, 10))
for images, labels in DataLoader(dataset, batch_size=64):
    try:
        notes_head(torch.flatten(images))
        notes_result = "works"
    except RuntimeError:
        notes_result = "fails"
    if len(images) < 64:
        print(f"last batch of {len(images)}: the notes' head {notes_result}, "
              f"Flatten + Linear(3072, 10) gives {tuple(head(images).shape)}")

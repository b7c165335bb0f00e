"""Exercise: one epoch with batches of 16 and 4 accumulation steps ends with the weights of batches of 64."""
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

from tutorial_data import load_mnist

ACCUMULATION_STEPS = 4

images, labels = load_mnist("test")
train_set = TensorDataset(images[:8000].float() / 255, labels[:8000])


def train_one_epoch(batch_size, accumulation_steps):
    torch.manual_seed(0)  # the same weights and the same shuffled order for both runs
    loader = DataLoader(train_set, batch_size=batch_size, shuffle=True)
    model = nn.Sequential(nn.Flatten(), nn.Linear(28 * 28, 128), nn.ReLU(), nn.Linear(128, 10))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    optimizer.zero_grad()
    for step, (batch_images, batch_labels) in enumerate(loader, start=1):
        loss = nn.functional.cross_entropy(model(batch_images), batch_labels) / accumulation_steps
        loss.backward()
        if step % accumulation_steps == 0:  # every 4th micro-batch: one update
            optimizer.step()
            optimizer.zero_grad()
    return model


big_batches = train_one_epoch(batch_size=64, accumulation_steps=1)
accumulated = train_one_epoch(batch_size=64 // ACCUMULATION_STEPS, accumulation_steps=ACCUMULATION_STEPS)
for (name, a), b in zip(big_batches.named_parameters(), accumulated.parameters()):
    print(f"{name:9s} largest difference after 125 updates: {(a - b).abs().max().item():.1e}")
same_weights = all(torch.allclose(a, b, atol=1e-5) for a, b in zip(big_batches.parameters(), accumulated.parameters()))
print("same weights:", same_weights)
assert same_weights

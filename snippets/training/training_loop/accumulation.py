"""Accumulating the gradients of 4 micro-batches of 16 (loss divided by 4) gives the gradients of one batch of 64."""
import copy

import torch
from torch import nn

from tutorial_data import load_mnist

BATCH_SIZE, ACCUMULATION_STEPS = 64, 4
MICRO_BATCH_SIZE = BATCH_SIZE // ACCUMULATION_STEPS

images, labels = load_mnist("test")
images, labels = images[:BATCH_SIZE].float() / 255, labels[:BATCH_SIZE]

torch.manual_seed(0)
# No Dropout or BatchNorm here: they would make a micro-batch behave differently from the whole batch.
model = nn.Sequential(nn.Flatten(), nn.Linear(28 * 28, 128), nn.ReLU(), nn.Linear(128, 10))
accumulating_model = copy.deepcopy(model)  # the same starting weights
loss_fn = nn.CrossEntropyLoss()  # the mean over the batch
optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
accumulating_optimizer = torch.optim.SGD(accumulating_model.parameters(), lr=0.1, momentum=0.9)

# One batch of 64.
optimizer.zero_grad()
loss_fn(model(images), labels).backward()

# Four micro-batches of 16: backward() adds into .grad, so we zero once and step once.
accumulating_optimizer.zero_grad()
for micro_images, micro_labels in zip(images.split(MICRO_BATCH_SIZE), labels.split(MICRO_BATCH_SIZE)):
    # Each loss is a mean over 16; dividing by 4 makes the sum of the four a mean over 64.
    loss = loss_fn(accumulating_model(micro_images), micro_labels) / ACCUMULATION_STEPS
    loss.backward()

for (name, param), accumulated in zip(model.named_parameters(), accumulating_model.parameters()):
    print(f"{name:9s} grad allclose: {torch.allclose(param.grad, accumulated.grad, atol=1e-7)}   "
          f"largest difference {(param.grad - accumulated.grad).abs().max().item():.1e}")
assert all(torch.allclose(a.grad, b.grad, atol=1e-7)
           for a, b in zip(model.parameters(), accumulating_model.parameters()))
largest_difference = max((a.grad - b.grad).abs().max().item()
                         for a, b in zip(model.parameters(), accumulating_model.parameters()))

optimizer.step()
accumulating_optimizer.step()
same_weights = all(torch.allclose(a, b, atol=1e-7)
                   for a, b in zip(model.parameters(), accumulating_model.parameters()))
print("after one optimizer step, the same parameters:", same_weights)
assert same_weights

"""Exercise 3: a checkpoint that also holds a learning-rate scheduler's state resumes exactly."""
import io

import torch
from torch import nn

torch.manual_seed(0)
inputs = torch.randn(64, 10)
targets = inputs.sum(dim=1, keepdim=True)
loss_fn = nn.MSELoss()


def new_run(seed):
    torch.manual_seed(seed)
    model = nn.Linear(10, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.5)  # halve lr every 2 epochs
    return model, optimizer, scheduler


def train_epoch(model, optimizer, scheduler):
    for x, y in zip(inputs.split(16), targets.split(16)):
        loss = loss_fn(model(x), y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    scheduler.step()


straight = new_run(seed=1)
for epoch in range(6):
    train_epoch(*straight)

model, optimizer, scheduler = new_run(seed=1)
for epoch in range(3):
    train_epoch(model, optimizer, scheduler)
buffer = io.BytesIO()  # a file in memory; a path works the same
torch.save({"epoch": 3, "model": model.state_dict(), "optimizer": optimizer.state_dict(),
            "scheduler": scheduler.state_dict()}, buffer)

model, optimizer, scheduler = new_run(seed=123)
buffer.seek(0)
checkpoint = torch.load(buffer, weights_only=True)
model.load_state_dict(checkpoint["model"])
optimizer.load_state_dict(checkpoint["optimizer"])
scheduler.load_state_dict(checkpoint["scheduler"])
print("learning rate after loading:", scheduler.get_last_lr())
for epoch in range(checkpoint["epoch"], 6):
    train_epoch(model, optimizer, scheduler)

identical = all(torch.equal(p, q) for p, q in zip(straight[0].parameters(), model.parameters()))
print("resumed run equals the uninterrupted run:", identical)
assert identical

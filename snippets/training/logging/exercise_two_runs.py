"""Exercise: log two learning rates as two runs under one folder, the way TensorBoard compares runs."""
import os
import tempfile

import torch
from torch import nn
from torch.utils.tensorboard import SummaryWriter
from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

torch.manual_seed(0)
x = torch.randn(512, 10)
y = x @ torch.randn(10, 1) + 0.1 * torch.randn(512, 1)

with tempfile.TemporaryDirectory() as runs:  # stands in for runs/
    for lr in (0.1, 0.01):
        torch.manual_seed(0)
        model = nn.Linear(10, 1)
        optimizer = torch.optim.SGD(model.parameters(), lr=lr)
        # One sub-folder per run: `tensorboard --logdir runs` draws them as curves on the same chart.
        with SummaryWriter(log_dir=os.path.join(runs, f"lr_{lr}")) as writer:
            for step in range(50):
                loss = nn.functional.mse_loss(model(x), y)
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
                writer.add_scalar("loss/train", loss.item(), global_step=step)

    last_loss = {}
    for run in sorted(os.listdir(runs)):
        events = EventAccumulator(os.path.join(runs, run))
        events.Reload()
        losses = [event.value for event in events.Scalars("loss/train")]
        last_loss[run] = losses[-1]
        print(f"run {run:8s}: {len(losses)} steps, loss {losses[0]:.3f} -> {losses[-1]:.4f}")

loss_ratio = last_loss["lr_0.01"] / last_loss["lr_0.1"]  # how much lower ten times the lr ends

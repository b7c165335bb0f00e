# %% plain
"""Time one training step of a small CNN, plain and with three speed-ups, and draw their ratios."""
# snippet-timeout: 600
# snippet-timing: ^first compiled step
# snippet-timing: x the plain step|ms per step| ms
import os
import statistics
import time

import matplotlib.pyplot as plt
import torch
from torch import nn

from tutorial_data import load_cifar10

BATCH = 64
TIMED_STEPS = 9  # per version, after warm-up; the median is reported

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")
print(f"device: {device.type}, torch threads: {torch.get_num_threads()}, CPU cores: {os.cpu_count()}")


def make_model():
    torch.manual_seed(0)  # every version starts from the same weights

    def block(channels_in, channels_out, stride):
        return [nn.Conv2d(channels_in, channels_out, 3, stride=stride, padding=1, bias=False),
                nn.BatchNorm2d(channels_out), nn.SiLU()]

    return nn.Sequential(
        *block(3, 32, 1), *block(32, 64, 2), *block(64, 64, 1), *block(64, 128, 2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(128, 10),
    ).to(device)


def make_step(model, images, labels, autocast=False):
    """A function that runs one training step of `model` on one fixed batch and returns the loss."""
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)

    def step():
        # enabled=False turns the context into a no-op, so one function serves both precisions.
        with torch.autocast(device.type, dtype=torch.bfloat16, enabled=autocast):
            loss = nn.functional.cross_entropy(model(images), labels)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        return loss.detach()

    return step


images, labels = load_cifar10("test")
torch.manual_seed(0)
order = torch.randperm(len(images))  # the offline copy is sorted by class
batch = (images[order[:BATCH]].float() / 255).to(device)
batch_labels = labels[order[:BATCH]].to(device)

versions = {"plain": make_step(make_model(), batch, batch_labels)}
plain_first_loss = make_step(make_model(), batch, batch_labels)().item()
print(f"batch {tuple(batch.shape)}; first loss of the plain model: {plain_first_loss:.4f}")

# %% compile
compiled_model = torch.compile(make_model())  # a wrapper around the model; the parameters are shared
versions["torch.compile"] = make_step(compiled_model, batch, batch_labels)
start = time.perf_counter()
compiled_first_loss = versions["torch.compile"]().item()  # traces and compiles forward and backward
print(f"first compiled step: {time.perf_counter() - start:.0f} s (compiling; varies with the machine and its cache)")
print(f"first loss, compiled: {compiled_first_loss:.4f}")
print("first state_dict key of the wrapper:", next(iter(compiled_model.state_dict())))
assert abs(compiled_first_loss - plain_first_loss) < 1e-2  # fused kernels round differently

# %% autocast
autocast_model = make_model()
with torch.no_grad(), torch.autocast(device.type, dtype=torch.bfloat16):
    print("dtype of the model's output under autocast:", autocast_model(batch).dtype)
versions["bfloat16 autocast"] = make_step(autocast_model, batch, batch_labels, autocast=True)
autocast_first_loss = make_step(make_model(), batch, batch_labels, autocast=True)().item()
print(f"first loss under bfloat16 autocast: {autocast_first_loss:.3f} (float32: {plain_first_loss:.3f})")
assert abs(autocast_first_loss - plain_first_loss) < 0.05

# %% channels-last
last_model = make_model().to(memory_format=torch.channels_last)  # reorders the 4-d conv weights
last_batch = batch.contiguous(memory_format=torch.channels_last)
print("same shape:", tuple(last_batch.shape), "  strides:", batch.stride(), "->", last_batch.stride())
versions["channels_last"] = make_step(last_model, last_batch, batch_labels)

# %% measure
for step in versions.values():  # warm-up: the first steps allocate memory and pick kernels
    for _ in range(3):
        step()
seconds = {name: [] for name in versions}
for _ in range(TIMED_STEPS):
    for name, step in versions.items():  # interleaved, so that a busy moment hits every version alike
        start = time.perf_counter()
        step()
        if device.type != "cpu":
            torch.accelerator.synchronize()  # GPU work is queued: wait for it before reading the clock
        seconds[name].append(time.perf_counter() - start)

plain_seconds = statistics.median(seconds["plain"])
speedups = {}
print(f"median of {TIMED_STEPS} steps after 3 warm-up steps; times vary from run to run")
for name, times in seconds.items():
    speedups[name] = plain_seconds / statistics.median(times)
    print(f"{name:18s} {statistics.median(times) * 1000:6.0f} ms per step   {speedups[name]:.2f}x the plain speed")
compile_speedup, bfloat16_speedup, channels_last_speedup = (
    speedups[name] for name in ("torch.compile", "bfloat16 autocast", "channels_last"))

# %% figure
fig, ax = plt.subplots(figsize=(7, 3.5))
bars = ax.bar(list(speedups), list(speedups.values()),
              color=["gray"] + ["tab:blue"] * (len(speedups) - 1))
ax.bar_label(bars, fmt="%.2fx")
ax.axhline(1, color="black", linewidth=1, linestyle="--")
ax.set_title(f"Training step speed against plain PyTorch "
             f"({device.type}, {torch.get_num_threads()} thread(s), batch {BATCH})")
ax.set_ylabel("speed-up (higher is faster)")
ax.set_ylim(0, max(2, max(speedups.values()) * 1.2))
plt.show()

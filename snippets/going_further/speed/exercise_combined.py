"""Exercise: combine channels_last with bfloat16 autocast and time it against each alone."""
# snippet-timing: x the plain speed
import os
import statistics
import time

import torch
from torch import nn

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")


def make_model():
    torch.manual_seed(0)

    def block(channels_in, channels_out, stride):
        return [nn.Conv2d(channels_in, channels_out, 3, stride=stride, padding=1, bias=False),
                nn.BatchNorm2d(channels_out), nn.SiLU()]

    return nn.Sequential(
        *block(3, 32, 1), *block(32, 64, 2), *block(64, 64, 1), *block(64, 128, 2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(128, 10),
    ).to(device)


def make_step(channels_last, autocast):
    memory_format = torch.channels_last if channels_last else torch.contiguous_format
    model = make_model().to(memory_format=memory_format)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
    images = torch.rand(64, 3, 32, 32, device=device).contiguous(memory_format=memory_format)
    labels = torch.randint(0, 10, (64,), device=device)

    def step():
        with torch.autocast(device.type, dtype=torch.bfloat16, enabled=autocast):
            loss = nn.functional.cross_entropy(model(images), labels)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()

    return step


versions = {
    "plain": make_step(channels_last=False, autocast=False),
    "channels_last": make_step(channels_last=True, autocast=False),
    "bfloat16 autocast": make_step(channels_last=False, autocast=True),
    "both": make_step(channels_last=True, autocast=True),
}
for step in versions.values():
    for _ in range(2):
        step()
seconds = {name: [] for name in versions}
for _ in range(5):
    for name, step in versions.items():  # interleaved, as on the page
        start = time.perf_counter()
        step()
        if device.type != "cpu":
            torch.accelerator.synchronize()
        seconds[name].append(time.perf_counter() - start)
plain = statistics.median(seconds["plain"])
for name, times in seconds.items():
    print(f"{name:18s} {plain / statistics.median(times):.2f}x the plain speed")
print("times vary from run to run")

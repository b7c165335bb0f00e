"""Exercise: time the first steps of a fresh model one by one, to see why timings skip a warm-up."""
# snippet-timing: ^step \d+: 
# snippet-timing: ^first step / median
import os
import time

import torch
from torch import nn

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")


def block(channels_in, channels_out, stride):
    return [nn.Conv2d(channels_in, channels_out, 3, stride=stride, padding=1, bias=False),
            nn.BatchNorm2d(channels_out), nn.SiLU()]


torch.manual_seed(0)
model = nn.Sequential(
    *block(3, 32, 1), *block(32, 64, 2), *block(64, 64, 1), *block(64, 128, 2),
    nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(128, 10),
).to(device)
optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
images = torch.rand(64, 3, 32, 32, device=device)  # random pixels time the same as real ones
labels = torch.randint(0, 10, (64,), device=device)

times = []
for step in range(8):
    start = time.perf_counter()
    loss = nn.functional.cross_entropy(model(images), labels)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    if device.type != "cpu":
        torch.accelerator.synchronize()
    times.append(time.perf_counter() - start)
    print(f"step {step}: {times[-1] * 1000:5.0f} ms")
print(f"first step / median of the last five: {times[0] / sorted(times[3:])[2]:.1f} (times vary from run to run)")

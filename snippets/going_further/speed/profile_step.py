# %% profile
"""Profile a few training steps of the CNN with torch.profiler and print where the time goes."""
# snippet-timing: \d(ms|us|s)\b|ms per step
import os

import torch
from torch import nn
from torch.profiler import ProfilerActivity, profile, record_function, schedule

from tutorial_data import load_cifar10

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
images, labels = load_cifar10("test")
batch = (images[:64].float() / 255).to(device)
batch_labels = labels[:64].to(device)

activities = [ProfilerActivity.CPU]
if device.type == "cuda":
    activities.append(ProfilerActivity.CUDA)  # also record the kernels that run on the GPU
# Skip 1 step, run 1 step to warm up the profiler, then record 3 steps.
with profile(activities=activities, schedule=schedule(wait=1, warmup=1, active=3)) as profiler:
    for _ in range(5):
        with record_function("forward"):  # names a span; it shows up as a row of the table
            loss = nn.functional.cross_entropy(model(batch), batch_labels)
        with record_function("backward"):
            optimizer.zero_grad()
            loss.backward()
        with record_function("optimizer step"):
            optimizer.step()
        profiler.step()  # tells the schedule that one step is done

sort_by = "self_device_time_total" if device.type == "cuda" else "self_cpu_time_total"
print(profiler.key_averages().table(sort_by=sort_by, row_limit=8, max_name_column_width=30))

averages = {event.key: event for event in profiler.key_averages()}
convolution_calls = averages["aten::conv2d"].count
assert convolution_calls == 4 * 3  # four convolution layers, three recorded steps

# %% phases
step_total = sum(averages[name].cpu_time_total for name in ("forward", "backward", "optimizer step"))
for name in ("forward", "backward", "optimizer step"):
    share = averages[name].cpu_time_total / step_total
    print(f"{name:15s} {averages[name].cpu_time_total / 3 / 1000:6.1f} ms per step  {share:4.0%}")
backward_to_forward = averages["backward"].cpu_time_total / averages["forward"].cpu_time_total

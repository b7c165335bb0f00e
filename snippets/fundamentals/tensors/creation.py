# %% creation
"""Making tensors, their dtypes, and their device."""
import os

import torch

from_data = torch.tensor([[1, 2, 3], [4, 5, 6]])  # copies the nested list
print(f"torch.tensor(...):\n{from_data}")
print(f"zeros(2, 3):\n{torch.zeros(2, 3)}")
print(f"ones(2, 3):\n{torch.ones(2, 3)}")
print(f"full((2, 3), 7.5):\n{torch.full((2, 3), 7.5)}")

print("arange(0, 10, 2): ", torch.arange(0, 10, 2))  # the end is left out, as in range()
print("linspace(0, 1, 5):", torch.linspace(0, 1, 5))  # 5 points, both ends included

torch.manual_seed(0)
uniform = torch.rand(2, 3)  # uniform on [0, 1)
normal = torch.randn(2, 3)  # mean 0, standard deviation 1
print(f"rand(2, 3):\n{uniform}")
print(f"randn(2, 3):\n{normal}")
print("randint(0, 10, (6,)):", torch.randint(0, 10, (6,)))

torch.manual_seed(0)  # the same seed replays the same stream of numbers
replay = torch.rand(3)
print("rand(3) after re-seeding:", replay)
assert torch.equal(replay, uniform[0])

# *_like takes the shape, dtype and device of another tensor, never its values.
print(f"zeros_like(from_data):\n{torch.zeros_like(from_data)}")
print(f"rand_like(from_data, dtype=torch.float32):\n{torch.rand_like(from_data, dtype=torch.float32)}")

# %% dtype
print("from floats:  ", torch.tensor([1.0, 2.0]).dtype)
print("from integers:", torch.tensor([1, 2]).dtype)
print("from booleans:", torch.tensor([True, False]).dtype)

counts = torch.tensor([1, 2, 3])
print("counts.to(torch.float32):", counts.to(torch.float32))
print("counts.float():          ", counts.float())  # the same conversion, shorter
print("counts.double().dtype:   ", counts.double().dtype)
print("counts.to(torch.uint8):  ", counts.to(torch.uint8))
print("tensor([1.7, -1.7]).long():", torch.tensor([1.7, -1.7]).long())  # truncates toward zero

# %% mixing
integers = torch.tensor([1, 2, 3])  # int64
floats32 = torch.tensor([0.5, 0.5, 0.5])  # float32
floats64 = torch.tensor([0.5, 0.5, 0.5], dtype=torch.float64)

print("int64 + float32   ->", (integers + floats32).dtype)
print("int64 + 0.5       ->", (integers + 0.5).dtype)  # a Python float becomes the default float32
print("float32 + float64 ->", (floats32 + floats64).dtype)
print("int64 / int64     ->", (integers / integers).dtype)  # true division always gives floats
print("int64 // int64    ->", (integers // integers).dtype)
print("uint8 + int8      ->", (torch.ones(1, dtype=torch.uint8) + torch.ones(1, dtype=torch.int8)).dtype)
print("torch.result_type(integers, 0.5):", torch.result_type(integers, 0.5))

# An in-place operation writes into the existing tensor, so it cannot change its dtype.
try:
    integers.add_(0.5)
except RuntimeError as error:
    print("RuntimeError:", error)

# %% device
# The first accelerator PyTorch finds (cuda, mps, ...), else the CPU; TORCH_DEVICE overrides it.
accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")
print("device:", device)

on_cpu = torch.ones(2, 3)
print("torch.ones(2, 3) is on:", on_cpu.device)
on_device = on_cpu.to(device)  # a copy on the device; a no-op when it is already there
print("on_cpu.to(device) is on:", on_device.device)
on_cpu.to(device)  # returns the moved tensor and leaves on_cpu where it was
print("after a bare on_cpu.to(device), on_cpu is still on:", on_cpu.device)
made_there = torch.zeros(2, 3, device=device)  # created on the device, nothing to copy
print("torch.zeros(2, 3, device=device) is on:", made_there.device)

if device.type == "cpu":
    print("Only the CPU here: no second real device to mix it with.")
else:
    try:
        on_cpu + on_device
    except RuntimeError as error:
        print("RuntimeError:", error)
    print("moved first, it works:", (on_cpu.to(device) + on_device).device)

# The "meta" device exists on every machine: its tensors have a shape and a dtype but no data,
# which is enough to show the rule, and its one exception, here too.
on_meta = torch.ones(2, 3, device="meta")
try:
    on_cpu + on_meta
except RuntimeError as error:
    print("RuntimeError:", error)
print("a zero-dimensional CPU tensor + a meta tensor is on:", (torch.tensor(2.0) + on_meta).device)

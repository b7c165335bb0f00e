"""Exercise: move a batch of any structure (tensors in tuples, lists and dicts) to the device."""
import os

import torch

torch.manual_seed(0)  # the same random numbers on every run
accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")


def to_device(batch, device):
    if isinstance(batch, torch.Tensor):
        return batch.to(device, non_blocking=True)
    if isinstance(batch, dict):
        return {key: to_device(value, device) for key, value in batch.items()}
    if isinstance(batch, (list, tuple)):
        return type(batch)(to_device(item, device) for item in batch)
    return batch  # strings, numbers, None: nothing to move


batch = {"images": torch.rand(4, 3, 8, 8), "labels": torch.tensor([1, 0, 3, 2]),
         "extra": [torch.zeros(2), ("a caption", 7)]}
moved = to_device(batch, device)
print("images:", moved["images"].device, " labels:", moved["labels"].device,
      " extra:", moved["extra"][0].device, moved["extra"][1])
print("same structure:", type(moved["extra"]).__name__, type(moved["extra"][1]).__name__)
print("no copy when already there:", to_device(batch, batch["images"].device)["images"] is batch["images"])

"""Which versions and which device built this copy of the site."""
import os
import platform

import torch
import torchvision

print("Python      ", platform.python_version())
print("torch       ", torch.__version__)
print("torchvision ", torchvision.__version__)
print("CUDA available:", torch.cuda.is_available())

# The first accelerator PyTorch finds (cuda, mps, ...), else the CPU; TORCH_DEVICE overrides it.
accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")
print("device      ", device)
if device.type == "cuda":
    print("GPU         ", torch.cuda.get_device_name(device))

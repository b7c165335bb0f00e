# %% wrong
"""Code that hard-codes "cuda" runs only on machines with an NVIDIA GPU."""
import os

import torch

try:
    weights = torch.zeros(3, device="cuda")  # or .cuda(): the same assumption
    print("worked: this machine has a CUDA GPU")
except (RuntimeError, AssertionError) as error:  # no driver, or a build without CUDA
    print(f"{type(error).__name__}: {error}")

# %% right
accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")
weights = torch.zeros(3, device=device)
print("weights on", weights.device)

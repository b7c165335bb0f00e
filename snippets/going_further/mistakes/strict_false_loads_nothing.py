# %% wrong
"""load_state_dict(strict=False) to silence a key mismatch can load nothing at all."""
import torch
from torch import nn

torch.manual_seed(0)
trained = nn.Sequential(nn.Linear(4, 2))
# Saved from a wrapped model (DistributedDataParallel, DataParallel, torch.compile): every key has a prefix.
checkpoint = {f"module.{key}": value for key, value in trained.state_dict().items()}

fresh = nn.Sequential(nn.Linear(4, 2))
try:
    fresh.load_state_dict(checkpoint)
except RuntimeError as error:
    print("RuntimeError:", "\n  ".join(line.strip() for line in str(error).splitlines()))
result = fresh.load_state_dict(checkpoint, strict=False)  # "fixes" the error
print("missing:", result.missing_keys, " unexpected:", result.unexpected_keys)
print("weights loaded:", torch.equal(fresh[0].weight, trained[0].weight))

# %% right
fixed = {key.removeprefix("module."): value for key, value in checkpoint.items()}
fresh.load_state_dict(fixed)  # strict: any key still wrong raises
print("weights loaded:", torch.equal(fresh[0].weight, trained[0].weight))

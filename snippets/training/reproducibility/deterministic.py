# %% switch
"""torch.use_deterministic_algorithms(True) on the CPU: an operation it refuses, and memory it fills."""
import warnings

import torch
from torch import nn

torch.manual_seed(0)  # the same random numbers on every run

torch.use_deterministic_algorithms(True)
print("deterministic algorithms:", torch.are_deterministic_algorithms_enabled())

# MaxUnpool2d writes each value back where the max pooling found it. When pooling windows overlap,
# two values can go to the same place, and which write lands last is up to the threads: the same
# input could give different outputs. With no deterministic version to switch to, it refuses to run.
images = torch.randn(1, 1, 6, 6)
pooled, where = nn.functional.max_pool2d(images, kernel_size=3, stride=1, return_indices=True)
duplicates = where.numel() - where.unique().numel()
print(f"{where.numel()} pooled values go back to {where.unique().numel()} places: {duplicates} land on a place already taken")
assert duplicates > 0
unpool = nn.MaxUnpool2d(kernel_size=3, stride=1)
try:
    unpool(pooled, where, output_size=images.shape)
except RuntimeError as error:
    print("RuntimeError:", str(error).split(". ")[0])
    unpool_refused = "does not have a deterministic implementation" in str(error)
assert unpool_refused

# Tensor.put_ (write values at flat positions) is refused the same way.
try:
    torch.zeros(4).put_(torch.tensor([0, 0]), torch.tensor([1.0, 2.0]))
except RuntimeError as error:
    print("RuntimeError:", str(error).split(". ")[0])

# %% memory
# torch.empty normally hands back whatever the memory held before (different from run to run).
# In deterministic mode it is filled with NaN, so that reading it by mistake shows at once.
uninitialised = torch.empty(4)
print("torch.empty(4):", uninitialised, " fill_uninitialized_memory:",
      torch.utils.deterministic.fill_uninitialized_memory)
assert torch.isnan(uninitialised).all()

# %% warn-only
# warn_only=True runs such an operation anyway and warns, which is how to list them all in a big program.
torch.use_deterministic_algorithms(True, warn_only=True)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    unpool(pooled, where, output_size=images.shape)
print("with warn_only=True it runs, and warns:", str(caught[0].message).split(". ")[0])

# %% cudnn
# cuDNN's two switches, which only matter for convolutions on a CUDA GPU: benchmark=True times several
# algorithms for each new input shape and keeps the fastest (the choice can change from run to run);
# deterministic=True allows only deterministic ones. Their defaults:
print("torch.backends.cudnn.benchmark:", torch.backends.cudnn.benchmark,
      "  torch.backends.cudnn.deterministic:", torch.backends.cudnn.deterministic)

torch.use_deterministic_algorithms(False)  # back to the default, for whatever runs next in this process

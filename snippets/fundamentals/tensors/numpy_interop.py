# %% share
"""NumPy and torch: which conversions share memory and which copy, checked by running them."""
import os
import warnings

import numpy as np
import torch

array = np.zeros(3)
from_numpy = torch.from_numpy(array)
# t.numpy() always views t's own memory, so it is the probe for what memory t uses.
print("torch.from_numpy(array) shares memory:", np.shares_memory(array, from_numpy.numpy()))
print("  and keeps NumPy's dtype:", from_numpy.dtype)
array[0] = 1
print("  after array[0] = 1, the tensor is", from_numpy)

tensor = torch.zeros(3)
as_array = tensor.numpy()
tensor[1] = 2
print("tensor.numpy() shares memory; after tensor[1] = 2, the array is", as_array)
detached = tensor.detach().numpy()  # detach drops the autograd history, not the memory
print("tensor.detach().numpy() shares memory:", np.shares_memory(as_array, detached))
same_dtype = torch.as_tensor(array)
print("torch.as_tensor(array) shares memory: ", np.shares_memory(array, same_dtype.numpy()))

# %% copy
array = np.zeros(3)
copied = torch.tensor(array)
print("torch.tensor(array) shares memory:                   ", np.shares_memory(array, copied.numpy()))
converted = torch.as_tensor(array, dtype=torch.float32)  # float64 -> float32 needs new memory
print("torch.as_tensor(array, dtype=float32) shares memory: ", np.shares_memory(array, converted.numpy()))
array[0] = 1
print("after array[0] = 1:", copied, converted)

tensor = torch.zeros(3)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    numpy_copy = np.array(tensor)
print("np.array(tensor) shares memory:      ", np.shares_memory(numpy_copy, tensor.numpy()))
for warning in caught:
    print(f"  ... but NumPy {np.__version__} warns: {warning.category.__name__}: {str(warning.message).split('. ')[0]}")
clean_copy = tensor.numpy().copy()  # the copy without a warning
print("tensor.numpy().copy() shares memory: ", np.shares_memory(clean_copy, tensor.numpy()))

# %% not-numpy
tensor = torch.ones(3)
print("a tensor is a NumPy array:", isinstance(tensor, np.ndarray))
view = tensor.numpy()  # torch allocated this memory
print("tensor.numpy() owns its memory:", view.flags.owndata, "- its base is a", type(view.base).__name__)
array = np.zeros(3)
shared = torch.from_numpy(array)  # NumPy allocated this memory
print("the array given to torch.from_numpy() owns its memory:", array.flags.owndata)
try:
    torch.ones(2, dtype=torch.bfloat16).numpy()  # a dtype that NumPy does not have
except TypeError as error:
    print("TypeError:", error)

# %% grad
weights = torch.ones(3, requires_grad=True)
try:
    weights.numpy()
except RuntimeError as error:
    print("RuntimeError:", error)
print("weights.detach().numpy():", weights.detach().numpy())

# %% device
accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")
on_device = torch.ones(3, device=device)
if device.type == "cpu":
    print("on the CPU, .cpu() returns the tensor itself:", on_device.cpu() is on_device)
    print(".cpu().numpy() therefore shares memory here:", np.shares_memory(on_device.cpu().numpy(), on_device.numpy()))
else:
    try:
        on_device.numpy()
    except TypeError as error:
        print("TypeError:", error)
    print(f"on_device.cpu().numpy(), copied from {device}:", on_device.cpu().numpy())
print("weights.numpy(force=True), requires grad and all:", weights.numpy(force=True))

# %% wrong
"""Which NumPy conversions share memory with a tensor, which copy, and who owns the memory."""
import warnings
import weakref

import numpy as np
import torch

weights = torch.zeros(3)
snapshot = weights.numpy()  # meant as a copy to compare with later
weights += 1
print("snapshot after changing the tensor:", snapshot)  # changed too: it is the tensor's memory

array = np.zeros(3, dtype=np.float32)
tensor = torch.from_numpy(array)
array[0] = 7
print("tensor after changing the array:   ", tensor)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    copy = np.array(weights)  # the old advice for a copy: it copies, and warns under NumPy 2
for warning in caught:
    print(f"{warning.category.__name__}: {str(warning.message).split(', so')[0]}")

# %% owner
# tensor.numpy(): torch allocated the memory; the array is a view whose base is the tensor.
view = weights.numpy()
print("tensor.numpy():     the array owns its memory:", view.flags.owndata, "- its base is a", type(view.base).__name__)

# torch.from_numpy(array): NumPy allocated the memory; the tensor is a view that keeps the array alive.
array = np.zeros(3, dtype=np.float32)
tensor = torch.from_numpy(array)
print("torch.from_numpy(): the array owns its memory:", array.flags.owndata)
array_ref = weakref.ref(array)
del array
print("  after `del array` the array still exists, held by the tensor:", array_ref() is not None)
del tensor
print("  after `del tensor` it is freed:", array_ref() is None)

# %% right
weights = torch.zeros(3)
snapshot = weights.numpy().copy()  # or weights.clone().numpy()
weights += 1
print("snapshot after changing the tensor:", snapshot)

array = np.zeros(3, dtype=np.float32)
tensor = torch.tensor(array)  # torch.tensor always copies
array[0] = 7
print("tensor after changing the array:   ", tensor)

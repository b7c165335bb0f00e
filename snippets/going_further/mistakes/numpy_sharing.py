# %% wrong
"""Which NumPy conversions share memory with a tensor, which copy, and who owns the memory."""
import warnings

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
print("the owner of tensor.numpy()'s memory:", type(weights.numpy().base).__name__)

# %% right
weights = torch.zeros(3)
snapshot = weights.numpy().copy()  # or weights.clone().numpy()
weights += 1
print("snapshot after changing the tensor:", snapshot)

array = np.zeros(3, dtype=np.float32)
tensor = torch.tensor(array)  # torch.tensor always copies
array[0] = 7
print("tensor after changing the array:   ", tensor)

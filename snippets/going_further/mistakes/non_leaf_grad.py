# %% wrong
"""A weight made by arithmetic on a tensor that requires grad is not a leaf: its .grad stays None."""
import warnings

import torch

torch.manual_seed(0)
weight = torch.randn(3, requires_grad=True) * 0.01  # the product is a new, non-leaf tensor
weight.sum().backward()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print("weight.is_leaf:", weight.is_leaf, " weight.grad:", weight.grad)
for warning in caught:
    print(f"{warning.category.__name__}: {str(warning.message).split('. ')[0]}.")

# %% right
weight = (torch.randn(3) * 0.01).requires_grad_()  # scale first, then ask for gradients
weight.sum().backward()
print("weight.is_leaf:", weight.is_leaf, " weight.grad:", weight.grad)

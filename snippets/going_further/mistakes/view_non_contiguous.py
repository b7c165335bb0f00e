# %% wrong
"""view() on a non-contiguous tensor, such as a transpose, fails."""
import torch

grid = torch.arange(12).reshape(3, 4)
transposed = grid.t()
print("contiguous:", transposed.is_contiguous())
try:
    transposed.view(12)
except RuntimeError as error:
    print("RuntimeError:", str(error).split(".")[0])

# %% right
print(transposed.reshape(12))  # copies when it must
print(transposed.contiguous().view(12))  # or make the copy explicit

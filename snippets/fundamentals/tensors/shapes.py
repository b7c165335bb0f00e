# %% reshape
"""Changing a tensor's shape (reshape, view, flatten, permute, squeeze, unsqueeze), and indexing it."""
import torch

numbers = torch.arange(12)
print("numbers:", numbers)
print(f"numbers.reshape(3, 4):\n{numbers.reshape(3, 4)}")
print("numbers.reshape(2, -1).shape:", numbers.reshape(2, -1).shape)  # -1: work this size out
grid = numbers.view(3, 4)
print("grid = numbers.view(3, 4) uses the same memory:", grid.data_ptr() == numbers.data_ptr())
grid[0, 0] = 100
print("after grid[0, 0] = 100, numbers[0] is", numbers[0].item())

# %% strides
grid = torch.arange(12).view(3, 4)
transposed = grid.t()  # the same 12 numbers in memory, read column by column
print(f"transposed:\n{transposed}")
print("grid.stride():", grid.stride(), "  transposed.stride():", transposed.stride())
print("transposed.is_contiguous():", transposed.is_contiguous())
try:
    transposed.view(12)
except RuntimeError as error:
    print("RuntimeError:", error)
print("transposed.reshape(12):     ", transposed.reshape(12))  # copies, because it must
print("transposed.contiguous().view(12):", transposed.contiguous().view(12))

# %% flatten-permute
images = torch.zeros(64, 3, 32, 32)  # a batch: (N, C, H, W)
print("images.flatten().shape:            ", images.flatten().shape)
print("images.flatten(start_dim=1).shape: ", images.flatten(start_dim=1).shape)  # one row per image
channels_last = images.permute(0, 2, 3, 1)  # (N, H, W, C), the order matplotlib expects
print("images.permute(0, 2, 3, 1).shape:  ", channels_last.shape)
print("channels_last.is_contiguous():     ", channels_last.is_contiguous())

# %% squeeze
vector = torch.tensor([1.0, 2.0, 3.0])
print("vector.shape:               ", vector.shape)
print("vector.unsqueeze(0).shape:  ", vector.unsqueeze(0).shape)  # a batch of one row
print("vector.unsqueeze(1).shape:  ", vector.unsqueeze(1).shape)  # a column
print("vector[None, :].shape:      ", vector[None, :].shape)  # the same as unsqueeze(0)
one_image = torch.zeros(1, 3, 32, 32)
print("one_image.squeeze(0).shape: ", one_image.squeeze(0).shape)
print("zeros(1, 3, 1).squeeze().shape:", torch.zeros(1, 3, 1).squeeze().shape)  # every size-1 dimension

# %% indexing
grid = torch.arange(12).reshape(3, 4)
print(f"grid:\n{grid}")
print("grid[1]:      ", grid[1])  # a row
print("grid[:, 1]:   ", grid[:, 1])  # a column
print("grid[-1]:     ", grid[-1])  # counted from the end
print("grid[1, 2]:   ", grid[1, 2], "  .item():", grid[1, 2].item())
print(f"grid[:2, 1:3]:\n{grid[:2, 1:3]}")
print(f"grid[:, ::2]:\n{grid[:, ::2]}")
print("grid[grid > 8]:", grid[grid > 8])  # a boolean mask picks elements into a 1-D tensor
print(f"grid[[0, 2]]:\n{grid[[0, 2]]}")  # a list of indices picks rows

column = grid[:, 1]
column[0] = -1  # a slice is a view: writing to it writes to grid
picked_rows = grid[[0, 2]]
picked_rows[0, 0] = 99  # index lists copy: grid is not changed
print("grid[0] after both writes:", grid[0])

grid[grid > 8] = 0  # assigning through a mask changes grid in place
print(f"after grid[grid > 8] = 0:\n{grid}")

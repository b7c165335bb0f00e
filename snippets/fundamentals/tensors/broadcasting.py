# %% works
"""Broadcasting: how tensors of different shapes combine, when they cannot, and expand_as."""
import torch

column = torch.tensor([[0], [10], [20]])  # (3, 1)
row = torch.tensor([[0, 1, 2, 3]])  # (1, 4)
print(f"column + row, (3, 1) + (1, 4) -> (3, 4):\n{column + row}")
print("torch.broadcast_shapes((3, 1), (1, 4)):", torch.broadcast_shapes((3, 1), (1, 4)))

matrix = torch.ones(3, 4)
per_column = torch.tensor([1.0, 2.0, 3.0, 4.0])  # (4,) lines up with the last dimension
print(f"matrix + per_column, (3, 4) + (4,) -> (3, 4):\n{matrix + per_column}")
print("matrix * 2 -> shape", tuple((matrix * 2).shape))  # a number broadcasts to every element

torch.manual_seed(0)
images = torch.rand(64, 3, 32, 32)
channel_means = images.mean(dim=(0, 2, 3), keepdim=True)  # keepdim leaves (1, 3, 1, 1), not (3,)
centred = images - channel_means
print("images", tuple(images.shape), "- channel_means", tuple(channel_means.shape),
      "->", tuple(centred.shape))

# %% fails
try:
    matrix + torch.ones(3)  # (3, 4) + (3,): the trailing sizes are 4 and 3
except RuntimeError as error:
    print("RuntimeError:", error)
print("with unsqueeze(1), (3, 4) + (3, 1) ->", tuple((matrix + torch.ones(3).unsqueeze(1)).shape))

# %% trap
predictions = torch.tensor([[1.0], [2.0], [3.0]])  # (3, 1), as a model with one output gives
targets = torch.tensor([1.0, 2.0, 3.0])  # (3,)
errors = predictions - targets  # (3, 1) - (3,) broadcasts to (3, 3): no error, wrong result
print("(predictions - targets).shape:", tuple(errors.shape))
mixed_loss = errors.pow(2).mean().item()
print("mean squared error, shapes mixed:   ", f"{mixed_loss:.4f}")
print("mean squared error, shapes matched: ", f"{(predictions.squeeze(1) - targets).pow(2).mean().item():.4f}")

# %% expand
stretched = column.expand_as(matrix)  # (3, 1) stretched to (3, 4) without copying
print(f"column.expand_as(matrix):\n{stretched}")
print("column.stride():   ", column.stride())
print("stretched.stride():", stretched.stride(), " <- 0: every column reads the same memory")
print("same memory as column:", stretched.data_ptr() == column.data_ptr())
repeated = column.repeat(1, 4)  # the same values, really copied
print("column.repeat(1, 4).stride():", repeated.stride(), " same memory:", repeated.data_ptr() == column.data_ptr())

column[1, 0] = 11
print("after column[1, 0] = 11, stretched[1] is", stretched[1])
try:
    stretched.add_(1)  # four elements of stretched are one number in memory
except RuntimeError as error:
    print("RuntimeError:", error)

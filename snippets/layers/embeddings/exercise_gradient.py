"""Exercise: the gradient of an embedding's weight is the one-hot matrix, transposed, times the output's gradient."""
import torch
from torch import nn
from torch.nn import functional as F

torch.manual_seed(0)
embedding = nn.Embedding(5, 3, padding_idx=0)
batch = torch.tensor([[2, 0, 2],
                      [3, 2, 0]])

# With a plain sum, each row's gradient counts how often its index occurs; the padding row stays 0.
embedding(batch).sum().backward()
print("after .sum().backward(), column 0 of weight.grad:", embedding.weight.grad[:, 0].tolist())

# In general the lookup's backward adds each position's output gradient into the row it came from.
embedding.weight.grad = None
output_gradient = torch.randn(2, 3, 3)  # what the layers above would send back
embedding(batch).backward(output_gradient)
one_hot = F.one_hot(batch, num_classes=5).float().reshape(-1, 5)  # (positions, vocabulary)
expected = one_hot.T @ output_gradient.reshape(-1, 3)
expected[0] = 0  # padding_idx: no gradient for row 0
assert torch.allclose(embedding.weight.grad, expected)
# The same, written as a scatter-add of the output gradients into their rows.
scattered = torch.zeros(5, 3).index_add_(0, batch.flatten(), output_gradient.reshape(-1, 3))
scattered[0] = 0
assert torch.allclose(embedding.weight.grad, scattered)
print("weight.grad equals one_hot.T @ output_gradient (row 0 zeroed) and index_add_: True")
print("row 2, used at three positions, gets the sum of their gradients:",
      torch.allclose(embedding.weight.grad[2], output_gradient[0, 0] + output_gradient[0, 2] + output_gradient[1, 1]))

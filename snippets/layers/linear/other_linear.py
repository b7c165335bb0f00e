"""The other layers of the linear family: Bilinear, Identity and LazyLinear."""
# %% bilinear
import torch
from torch import nn

torch.manual_seed(0)
bilinear = nn.Bilinear(in1_features=5, in2_features=4, out_features=3)
x1, x2 = torch.randn(2, 5), torch.randn(2, 4)
print("Bilinear weight:", tuple(bilinear.weight.shape), "(out, in1, in2)")
# Output k is x1 @ A_k @ x2 + b_k, one matrix A_k per output.
by_hand = torch.einsum("ni,kij,nj->nk", x1, bilinear.weight, x2) + bilinear.bias
print("same as x1 @ A_k @ x2 + b_k:", torch.allclose(bilinear(x1, x2), by_hand, atol=1e-6))

# %% identity
identity = nn.Identity()
print("Identity returns its input:", torch.equal(identity(x1), x1))
# Its use: swap a part out of a model without rewriting the model.
model = nn.Sequential(nn.Linear(5, 8), nn.ReLU(), nn.Linear(8, 3))
model[2] = nn.Identity()  # now the model returns its 8 hidden features
print("model without its last layer:", tuple(model(x1).shape))

# %% lazy
lazy = nn.LazyLinear(out_features=10)
print("before the first call:", type(lazy.weight).__name__)
lazy(torch.randn(2, 3072))  # in_features is read from this input
print("after the first call: ", lazy, tuple(lazy.weight.shape))

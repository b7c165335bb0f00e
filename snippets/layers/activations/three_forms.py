"""An activation exists as a module, as a function and as a tensor method: all compute the same."""
import torch
import torch.nn.functional as F
from torch import nn

x = torch.tensor([-2.0, -0.5, 0.0, 1.5])
print("nn.ReLU()(x): ", nn.ReLU()(x))
print("F.relu(x):    ", F.relu(x))
print("torch.relu(x):", torch.relu(x))
print("x.relu():     ", x.relu())

# Most activations have no parameters; PReLU learns its negative slope.
print("parameters of ReLU: ", [p.shape for p in nn.ReLU().parameters()])
print("parameters of PReLU:", [(name, p.tolist()) for name, p in nn.PReLU().named_parameters()])

# inplace=True overwrites its input to save memory, so x itself changes.
nn.ReLU(inplace=True)(x)
print("x after nn.ReLU(inplace=True)(x):", x)

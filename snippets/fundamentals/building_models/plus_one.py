# %% module
"""The smallest nn.Module: it returns its input plus one."""
import torch
from torch import nn


class PlusOne(nn.Module):
    def __init__(self):
        super().__init__()  # always first: it sets up the registries for parameters, buffers and sub-modules

    def forward(self, x):
        return x + 1


plus_one = PlusOne()
x = torch.tensor([1.0, 2.0, 3.0])
print(plus_one)
print("plus_one(x):", plus_one(x))
print("twice:      ", plus_one(plus_one(x)))

# %% hooks
hook_calls = []


def report_call(module, inputs, output):
    hook_calls.append(type(module).__name__)
    print(f"  forward hook: {type(module).__name__} returned {output.tolist()}")


handle = plus_one.register_forward_hook(report_call)
print("plus_one(x):")
through_call = plus_one(x)
print("plus_one.forward(x):")
direct = plus_one.forward(x)  # the same numbers, but the hook is skipped
print("same result:", torch.equal(through_call, direct))
print("hook calls so far:", len(hook_calls))

handle.remove()
plus_one(x)
print("hook calls after handle.remove() and one more call:", len(hook_calls))

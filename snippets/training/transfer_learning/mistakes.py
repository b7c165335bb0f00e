# %% attribute
"""Mistakes when freezing and replacing layers, each shown on a small model."""
import copy

import torch
from torch import nn

torch.manual_seed(0)  # the same random numbers on every run


def make_model():
    body = nn.Sequential(nn.Linear(8, 16), nn.BatchNorm1d(16), nn.ReLU())
    return nn.Sequential(body, nn.Linear(16, 3))


def trainable(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


model = make_model()
body, head = model[0], model[1]
body.requires_grad = False  # a new attribute on the Module object: no parameter changes
total = sum(p.numel() for p in model.parameters())
attribute_trainable = trainable(model)
print(f"body.requires_grad = False:   {attribute_trainable} of {total} parameters still train")
body.requires_grad_(False)  # the method: sets requires_grad on every parameter of the body
print(f"body.requires_grad_(False):   {trainable(model)} still train (the head's 16 × 3 + 3)")
assert attribute_trainable == total and trainable(model) == 16 * 3 + 3

# %% weight-decay
# Train everything for 10 steps, then freeze the body and train on: does the frozen weight stay?
inputs, targets = torch.randn(64, 8), torch.randint(3, (64,))


def frozen_weight_change(set_to_none, new_optimizer_after_freezing, weight_decay=0.1):
    """How far the body's first weight moves in the 100 steps after it was frozen."""
    torch.manual_seed(0)
    model = make_model()
    optimizer = torch.optim.AdamW(model.parameters(), lr=0.01, weight_decay=weight_decay)
    for step in range(110):
        if step == 10:  # freeze the body
            model[0].requires_grad_(False)
            model[0].eval()
            frozen_at = model[0][0].weight.detach().clone()
            if new_optimizer_after_freezing:
                optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad],
                                              lr=0.01, weight_decay=weight_decay)
        loss = nn.functional.cross_entropy(model(inputs), targets)
        optimizer.zero_grad(set_to_none=set_to_none)
        loss.backward()
        optimizer.step()
    frozen_grad = model[0][0].weight.grad
    return (model[0][0].weight - frozen_at).abs().max().item(), frozen_grad


# Optimizers skip a parameter whose .grad is None. zero_grad()'s default sets every .grad to None,
# and a frozen parameter gets no new one. zero_grad(set_to_none=False) fills the old .grad with
# zeros instead: the parameter is still "trained", AdamW decays it and its momentum moves it.
untouched_change, untouched_grad = frozen_weight_change(set_to_none=True, new_optimizer_after_freezing=False)
decayed_change, decayed_grad = frozen_weight_change(set_to_none=False, new_optimizer_after_freezing=False)
momentum_change, _ = frozen_weight_change(set_to_none=False, new_optimizer_after_freezing=False, weight_decay=0)
fixed_change, _ = frozen_weight_change(set_to_none=False, new_optimizer_after_freezing=True)
print(f"same optimizer, zero_grad():                  frozen weight moved by up to {untouched_change:.4f}, "
      f".grad {untouched_grad}")
print(f"same optimizer, zero_grad(set_to_none=False): frozen weight moved by up to {decayed_change:.4f}, "
      f".grad all zeros: {bool((decayed_grad == 0).all())}")
print(f"the same without weight decay:                frozen weight moved by up to {momentum_change:.4f}")
print(f"new optimizer over the trainable parameters:  frozen weight moved by up to {fixed_change:.4f}")
assert untouched_change == 0 and decayed_change > 0.01 and momentum_change > 0 and fixed_change == 0

# %% head-after-optimizer
torch.manual_seed(0)
model = make_model()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
model[1] = nn.Linear(16, 5)  # the new head, made after the optimizer
new_head_start = model[1].weight.detach().clone()
targets5 = torch.randint(5, (64,))
for _ in range(20):
    loss = nn.functional.cross_entropy(model(inputs), targets5)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
optimizer_has_new_head = any(p is model[1].weight for group in optimizer.param_groups for p in group["params"])
print("the optimizer holds the new head's weight:", optimizer_has_new_head)
print("the new head has a gradient:", model[1].weight.grad is not None,
      "and moved:", not torch.equal(model[1].weight, new_head_start))
assert not optimizer_has_new_head and model[1].weight.grad is not None
assert torch.equal(model[1].weight, new_head_start)
# The fix: build the optimizer after the surgery (or add the head with add_param_group).
optimizer.add_param_group({"params": model[1].parameters()})
print("after add_param_group:", [len(group["params"]) for group in optimizer.param_groups], "tensors per group")

# %% train-each-epoch
# body.eval() once before the loop, and model.train() at the start of every epoch:
torch.manual_seed(0)
model = make_model()
model[0].requires_grad_(False)
model[0].eval()
start_mean = model[0][1].running_mean.clone()
optimizer = torch.optim.SGD(model[1].parameters(), lr=0.1)
for epoch in range(2):
    model.train()  # puts every submodule back in train mode, the frozen BatchNorm included
    loss = nn.functional.cross_entropy(model(inputs), targets)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
print("frozen BatchNorm1d in train mode again:", model[0][1].training,
      "; running_mean changed:", not torch.equal(start_mean, model[0][1].running_mean))
assert model[0][1].training and not torch.equal(start_mean, model[0][1].running_mean)

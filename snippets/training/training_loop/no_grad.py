"""Under torch.no_grad() or torch.inference_mode() no graph is recorded: nothing is kept for backward."""
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Flatten(), nn.Linear(28 * 28, 256), nn.ReLU(), nn.Linear(256, 10))
batch = torch.rand(2000, 1, 28, 28)
parameter_storages = {p.untyped_storage().data_ptr() for p in model.parameters()}
kept_storages = set()
kept_bytes = 0


def count_saved(tensor):
    """Called for every tensor that autograd keeps for backward; parameters are stored anyway."""
    global kept_bytes
    storage = tensor.untyped_storage().data_ptr()
    if storage not in parameter_storages | kept_storages:  # one ReLU output is saved twice
        kept_storages.add(storage)
        kept_bytes += tensor.numel() * tensor.element_size()
    return tensor


for context in (torch.enable_grad, torch.no_grad, torch.inference_mode):
    kept_storages.clear()
    kept_bytes = 0
    with torch.autograd.graph.saved_tensors_hooks(count_saved, lambda tensor: tensor), context():
        outputs = model(batch)
    grad_fn = type(outputs.grad_fn).__name__ if outputs.grad_fn else None
    print(f"{context.__name__:15s} requires_grad={outputs.requires_grad!s:5s} "
          f"grad_fn={grad_fn!s:15s} kept for backward: {kept_bytes / 1e6:.1f} MB")
    if context is torch.enable_grad:
        recorded_mb = kept_bytes / 1e6

print("the parameters still require grad:", all(p.requires_grad for p in model.parameters()))

with torch.inference_mode():
    frozen = model(batch)
try:  # a product saves its inputs for backward, and this one is an inference tensor
    (frozen * model[1].weight.sum()).sum().backward()
except RuntimeError as error:
    print("an inference tensor times a weight that requires grad:", str(error).split(".")[0])

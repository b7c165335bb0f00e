# %% record
"""Forward hooks that record every layer's activations: mean, spread and dead ReLUs, then removed."""
import torch
from torch import nn

from tutorial_data import load_mnist

torch.manual_seed(0)  # the same random numbers on every run
images, labels = load_mnist("test")
x = images[:1000].flatten(start_dim=1).float() / 255

# Eight Linear + ReLU layers with PyTorch's default initialisation.
layers = []
for size_in in [784] + [64] * 7:
    layers += [nn.Linear(size_in, 64), nn.ReLU()]
model = nn.Sequential(*layers, nn.Linear(64, 10))

statistics = {}


def record_statistics(module, inputs, output):
    """A forward hook: called as hook(module, inputs, output) after module's forward, on every call."""
    statistics[module] = {
        "mean": output.mean().item(),
        "std": output.std().item(),
        "across images": output.std(dim=0).mean().item(),  # how much a unit varies from image to image
        "zeros": (output == 0).float().mean().item(),  # outputs that are exactly 0
        "dead": (output == 0).all(dim=0).float().mean().item(),  # units that are 0 for every image
    }


handles = [module.register_forward_hook(record_statistics)
           for module in model.modules() if isinstance(module, nn.ReLU)]
with torch.no_grad():  # the hooks run in no_grad too: they see every forward pass
    model(x)

print("layer   mean     std     std across images  zero outputs  dead units")
for name, module in model.named_children():
    if module in statistics:
        s = statistics[module]
        print(f"ReLU {name:>2}  {s['mean']:.4f}  {s['std']:.4f}  {s['across images']:.2e}  {s['zeros']:15.1%}  {s['dead']:9.1%}")

relus = list(statistics.values())
first_dead, last_dead = relus[0]["dead"], relus[-1]["dead"]
first_spread, last_spread = relus[0]["across images"], relus[-1]["across images"]
assert first_dead < 0.05 and last_dead > 0.3 and last_spread < first_spread / 10

# %% remove
# register_forward_hook returns a handle; remove() detaches the hook, after which it never runs again.
for handle in handles:
    handle.remove()
statistics.clear()
with torch.no_grad():
    model(x)
print("statistics recorded after handle.remove():", len(statistics))
assert len(statistics) == 0

# %% replace
# A forward hook that returns a tensor replaces the module's output, and the layers after it
# get the new one: here it silences one unit of the last hidden layer (an ablation).
UNIT = 5


def silence_unit(module, inputs, output):
    output = output.clone()  # a new tensor: changing the output in place can break backward
    output[:, UNIT] = 0
    return output


with torch.no_grad():
    hidden = model[:16](x)  # everything up to the last ReLU
    handle = model[15].register_forward_hook(silence_unit)
    logits_silenced = model(x)
    handle.remove()
    by_hand = hidden.clone()
    by_hand[:, UNIT] = 0
    print("the head received the silenced output:", torch.allclose(logits_silenced, model[16](by_hand)))
    print("largest change of a logit:", f"{(logits_silenced - model(x)).abs().max().item():.4f}")
assert torch.allclose(logits_silenced, model[16](by_hand))

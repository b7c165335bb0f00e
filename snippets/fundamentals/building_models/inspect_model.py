# %% print
"""Look inside a model: print it, list its named parameters, count them, and summarise it with torchinfo."""
import torch
from torch import nn
from torchinfo import Units, summary

torch.manual_seed(0)
model = nn.Sequential(
    nn.Conv2d(1, 8, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Flatten(),
    nn.Linear(8 * 14 * 14, 10),
)
print(model)

# %% named-parameters
for name, param in model.named_parameters():
    print(f"{name:10s} {str(tuple(param.shape)):16s} {param.numel():6d}")

# %% counts
def count_parameters(model, trainable_only=False):
    return sum(p.numel() for p in model.parameters() if p.requires_grad or not trainable_only)


print("all parameters:      ", count_parameters(model))
model[0].requires_grad_(False)  # freeze the convolution, as when fine-tuning
print("trainable parameters:", count_parameters(model, trainable_only=True))

# %% torchinfo
# A fixed batch of one 28 x 28 grey image; fewer columns keep the table narrow.
stats = summary(model, input_size=(1, 1, 28, 28), col_names=("output_size", "num_params"),
                col_width=16, device="cpu", verbose=0)
# torchinfo 1.8 prints "Units.MEGABYTES" instead of "M" on Python 3.11+; a plain count reads better.
stats.formatting.macs_units = Units.NONE
print(stats)

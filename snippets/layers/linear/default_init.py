"""nn.Linear's default weights are uniform in ±1/√in_features, which keeps the output's scale the same for any width."""
import math

import matplotlib.pyplot as plt
import torch
from torch import nn

torch.manual_seed(0)
fig, ax = plt.subplots(figsize=(8, 4))
for in_features in (16, 256, 3072):
    layer = nn.Linear(in_features, 100)
    bound = 1 / math.sqrt(in_features)
    weights = layer.weight.detach().flatten()
    params = sum(p.numel() for p in layer.parameters())
    output_std = layer(torch.randn(1000, in_features)).std().item()
    print(f"Linear({in_features:4d}, 100): bound {bound:.4f}  weights in [{weights.min().item():.4f}, "
          f"{weights.max().item():.4f}]  parameters {in_features} * 100 + 100 = {params:,}  "
          f"output std {output_std:.2f}")
    ax.hist(weights.numpy(), bins=20, range=(-bound, bound), density=True, histtype="step",
            linewidth=2, label=f"in_features = {in_features} (bound {bound:.3f})")

ax.set_title("Default weights of nn.Linear: uniform in ±1/√in_features")
ax.set_xlabel("weight value")
ax.set_ylabel("density")
ax.legend(loc="center right")
plt.show()

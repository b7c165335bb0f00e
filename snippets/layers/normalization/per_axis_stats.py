# %% stats
"""Each normalisation layer makes the mean 0 and the std 1 over its own axes of an (N, C, H, W) batch."""
import torch
from torch import nn

N, C, H, W = 8, 6, 4, 4
torch.manual_seed(0)
# Every channel and every sample gets its own offset and scale, so that no axis starts normalised.
x = (torch.randn(N, C, H, W) * torch.linspace(0.5, 3, C).view(1, C, 1, 1)
     + torch.linspace(-5, 5, C).view(1, C, 1, 1) + torch.randn(N, 1, 1, 1))

layers = {
    "BatchNorm2d(6)": (nn.BatchNorm2d(C), (0, 2, 3)),
    "LayerNorm([6, 4, 4])": (nn.LayerNorm([C, H, W]), (1, 2, 3)),
    "InstanceNorm2d(6)": (nn.InstanceNorm2d(C), (2, 3)),
    "GroupNorm(3, 6)": (nn.GroupNorm(num_groups=3, num_channels=C), None),  # grouped below
}
print(f"{'layer':22s} {'normalised over':16s} {'largest |mean|':>15s} {'std range':>15s}   "
      "largest |mean| of one (sample, channel)")
for name, (layer, axes) in layers.items():
    with torch.no_grad():
        y = layer(x)
    # For comparison: the mean over (H, W) alone is 0 only where a layer normalises that finely.
    per_sample_channel = y.mean(dim=(2, 3)).abs().max()
    if axes is None:  # GroupNorm: split C into 3 groups of 2 channels, then it is (2, H, W) per group
        y, axes, over = y.view(N, 3, C // 3, H, W), (2, 3, 4), "(C/3, H, W)"
    else:
        over = "(" + ", ".join("NCHW"[a] for a in axes) + ")"
    means, stds = y.mean(dim=axes), y.std(dim=axes, correction=0)
    print(f"{name:22s} {over:16s} {means.abs().max():15.1e} {stds.min():7.3f} - {stds.max():.3f}   "
          f"{per_sample_channel:.1e}")

print(f"{'the input x':22s} {'(N, H, W)':16s} {x.mean(dim=(0, 2, 3)).abs().max():15.1e} "
      f"{x.std(dim=(0, 2, 3), correction=0).min():7.3f} - {x.std(dim=(0, 2, 3), correction=0).max():.3f}   "
      f"{x.mean(dim=(2, 3)).abs().max():.1e}")

# %% relations
# GroupNorm with one group normalises like LayerNorm over (C, H, W); with C groups like InstanceNorm.
with torch.no_grad():
    assert torch.allclose(nn.GroupNorm(1, C)(x), nn.LayerNorm([C, H, W])(x), atol=1e-5)
    assert torch.allclose(nn.GroupNorm(C, C)(x), nn.InstanceNorm2d(C)(x), atol=1e-5)
print("GroupNorm(1, 6) == LayerNorm([6, 4, 4]);  GroupNorm(6, 6) == InstanceNorm2d(6)")

# What each layer learns: one scale and shift per channel, or per normalised element for LayerNorm.
for name, (layer, _) in layers.items():
    shapes = [tuple(p.shape) for p in layer.parameters()]
    print(f"{name:22s} learnable parameters: {shapes if shapes else 'none (affine=False by default)'}")

# %% transformer
# In a transformer, LayerNorm(d_model) normalises each token's vector over its last dimension only.
batch, tokens, d_model = 2, 5, 16
embeddings = torch.randn(batch, tokens, d_model) * 4 + 2
with torch.no_grad():
    normalised = nn.LayerNorm(d_model)(embeddings)
print(f"shape {tuple(normalised.shape)}; largest |mean| of a token's vector: "
      f"{normalised.mean(dim=-1).abs().max():.1e}")
print("std of each token's vector, first sample:", normalised[0].std(dim=-1, correction=0).round(decimals=3))

"""Exercise: bilinear upsampling by 2 (align_corners=False) written as a ConvTranspose2d with a fixed kernel."""
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
images = torch.rand(2, 3, 5, 6)
upsampled = F.interpolate(images, scale_factor=2, mode="bilinear", align_corners=False)

# Each input pixel spreads into 4 output pixels per axis with weights 1/4, 3/4, 3/4, 1/4.
weights_1d = torch.tensor([1.0, 3.0, 3.0, 1.0]) / 4
kernel = torch.outer(weights_1d, weights_1d)
# groups=3: each channel is upsampled on its own; the weight is (in_channels, out_channels / groups, 4, 4).
layer = nn.ConvTranspose2d(3, 3, kernel_size=4, stride=2, padding=1, groups=3, bias=False)
with torch.no_grad():
    layer.weight.copy_(kernel.expand(3, 1, 4, 4))
    by_layer = layer(images)
print("shapes:", tuple(upsampled.shape), tuple(by_layer.shape))
inside_difference = (by_layer - upsampled)[..., 1:-1, 1:-1].abs().max().item()
border_difference = (by_layer - upsampled).abs().max().item()
print(f"largest difference away from the border: {inside_difference:.1e}, on the border: {border_difference:.3f}")
assert inside_difference < 1e-6

# On the border interpolate repeats the edge pixel while the transposed convolution sees zeros:
# replicate-pad the input by one pixel, then cut the two extra output pixels off each side.
with torch.no_grad():
    by_layer_padded = layer(F.pad(images, (1, 1, 1, 1), mode="replicate"))[..., 2:-2, 2:-2]
assert torch.allclose(by_layer_padded, upsampled, atol=1e-6)
print("with replicate padding, equal everywhere: True")

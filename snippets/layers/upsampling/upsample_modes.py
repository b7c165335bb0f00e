# %% nearest
"""nn.Upsample's modes on a 2x2 image, with the interpolation done by hand."""
import torch
import torch.nn.functional as F
from torch import nn

image = torch.tensor([[1.0, 2.0],
                      [3.0, 4.0]]).reshape(1, 1, 2, 2)

nearest = nn.Upsample(scale_factor=2, mode="nearest")
print(nearest)
print(nearest(image)[0, 0])
# Scale 2 nearest repeats every pixel twice along both axes.
assert torch.equal(nearest(image)[0, 0], image[0, 0].repeat_interleave(2, dim=0).repeat_interleave(2, dim=1))
# nn.Upsample is a module around F.interpolate, with no weights.
assert torch.equal(nearest(image), F.interpolate(image, scale_factor=2, mode="nearest"))
print("parameters:", sum(p.numel() for p in nearest.parameters()))

# %% nearest-exact
# To a size that is not a multiple, "nearest" takes source pixel floor(out * in / out_size),
# "nearest-exact" floor((out + 0.5) * in / out_size), the pixel whose centre is closest.
row = torch.tensor([10.0, 20.0, 30.0]).reshape(1, 1, 3)
for mode, shift in (("nearest", 0.0), ("nearest-exact", 0.5)):
    source = [int((position + shift) * 3 / 5) for position in range(5)]
    resized = F.interpolate(row, size=5, mode=mode)[0, 0]
    assert resized.tolist() == [row[0, 0, index].item() for index in source]
    print(f"3 -> 5 pixels, {mode:13}: source pixels {source}, values {resized.tolist()}")

# %% bilinear
def source_positions(in_size, out_size, align_corners):
    """Where each output pixel's centre falls in the input, in input pixels."""
    out = torch.arange(out_size, dtype=torch.float32)
    if align_corners:
        return out * (in_size - 1) / (out_size - 1)  # the corner pixels' centres line up
    # The images' outer edges line up; positions before the first centre are clamped to it.
    return ((out + 0.5) * in_size / out_size - 0.5).clamp(min=0)


def interpolation_matrix(in_size, out_size, align_corners):
    """One row per output pixel: the weights of the two nearest input pixels, 1 - fraction and fraction."""
    position = source_positions(in_size, out_size, align_corners)
    left = position.floor().long().clamp(max=in_size - 1)
    right = (left + 1).clamp(max=in_size - 1)
    fraction = position - left
    weights = torch.zeros(out_size, in_size)
    weights[torch.arange(out_size), left] += 1 - fraction
    weights[torch.arange(out_size), right] += fraction
    return weights


for align_corners in (False, True):
    layer = nn.Upsample(scale_factor=2, mode="bilinear", align_corners=align_corners)
    weights = interpolation_matrix(2, 4, align_corners)
    # Bilinear = linear along the rows, then along the columns: weights @ image @ weights.T.
    by_hand = weights @ image[0, 0] @ weights.T
    assert torch.allclose(layer(image)[0, 0], by_hand)
    print(f"align_corners={align_corners}: output pixels sit at input positions "
          f"{[round(p, 4) for p in source_positions(2, 4, align_corners).tolist()]}")
    print(layer(image)[0, 0])

# The worked numbers of the text, for the first row, 1 and 2: with align_corners=False the
# output pixels sit at -0.25, 0.25, 0.75 and 1.25 before the clamp, and the row becomes
# 1, 1 * 0.75 + 2 * 0.25, 1 * 0.25 + 2 * 0.75, 2; with align_corners=True, 1, 4/3, 5/3, 2.
assert ((torch.arange(4) + 0.5) / 2 - 0.5).tolist() == [-0.25, 0.25, 0.75, 1.25]
assert F.interpolate(image, scale_factor=2, mode="bilinear")[0, 0, 0].tolist() == [1, 1.25, 1.75, 2]
assert torch.allclose(F.interpolate(image, scale_factor=2, mode="bilinear", align_corners=True)[0, 0, 0],
                      torch.tensor([1, 4 / 3, 5 / 3, 2]))

# %% align-corners
# The two settings are different functions: a network trained with one gives other numbers with the other.
torch.manual_seed(0)
features = torch.rand(1, 8, 16, 16)
difference = (F.interpolate(features, scale_factor=2, mode="bilinear", align_corners=False)
              - F.interpolate(features, scale_factor=2, mode="bilinear", align_corners=True)).abs()
largest_difference = difference.max().item()
print(f"largest difference between align_corners=False and True on random 16x16 maps: {largest_difference:.3f}")

# align_corners only means something for the interpolating modes; nearest refuses it.
try:
    nn.Upsample(scale_factor=2, mode="nearest", align_corners=False)(image)
except ValueError as error:
    print("ValueError:", error)

# %% bicubic
# Bicubic is smoother than bilinear, but overshoots: on a step from 0 to 1 it goes below 0 and above 1.
step = torch.tensor([0.0, 0.0, 1.0, 1.0]).reshape(1, 1, 1, 4)
bicubic = F.interpolate(step, size=(1, 16), mode="bicubic", align_corners=False)[0, 0, 0]
bicubic_low, bicubic_high = bicubic.min().item(), bicubic.max().item()
print("a step upsampled 4 -> 16 by bicubic:", [round(value, 3) for value in bicubic.tolist()])
print(f"lowest {bicubic_low:.3f}, highest {bicubic_high:.3f}")
assert bicubic_low < 0 and bicubic_high > 1

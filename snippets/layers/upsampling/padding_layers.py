# %% layers
"""The padding layers on a 3x3 image, with a different padding on each side."""
import torch
import torch.nn.functional as F
from torch import nn

image = torch.arange(1.0, 10.0).reshape(1, 1, 3, 3)  # 1 to 9, so every padded value can be traced
padding = (2, 1, 1, 0)  # (left, right, top, bottom): the last dimension first

layers = [nn.ZeroPad2d(padding), nn.ConstantPad2d(padding, value=-1.0), nn.ReflectionPad2d(padding),
          nn.ReplicationPad2d(padding), nn.CircularPad2d(padding)]
modes = [("constant", 0.0), ("constant", -1.0), ("reflect", None), ("replicate", None), ("circular", None)]
for layer, (mode, value) in zip(layers, modes):
    padded = layer(image)
    # Each layer is F.pad with one mode: the layers only exist to sit in an nn.Sequential.
    assert torch.equal(padded, F.pad(image, padding, mode=mode, value=value))
    print(f"{layer}:  3x3 -> {padded.shape[-2]}x{padded.shape[-1]}")
    print(padded[0, 0].long())

# %% limits
# Reflection cannot reach further than the image minus its edge pixel: at most 2 on a 3x3 image.
try:
    nn.ReflectionPad2d(3)(image)
except RuntimeError as error:
    print("ReflectionPad2d(3) on 3x3: RuntimeError:", error)
# A negative padding crops.
print("ZeroPad2d((-1, 0, 0, -1)) crops the left column and the bottom row:")
print(nn.ZeroPad2d((-1, 0, 0, -1))(image)[0, 0].long())

# %% with-conv
# A padding layer before an unpadded Conv2d is the same as the Conv2d's own padding_mode.
torch.manual_seed(0)
conv = nn.Conv2d(1, 4, kernel_size=3, padding=1, padding_mode="reflect")
unpadded = nn.Conv2d(1, 4, kernel_size=3)
unpadded.load_state_dict(conv.state_dict())
separate = nn.Sequential(nn.ReflectionPad2d(1), unpadded)
batch = torch.rand(2, 1, 6, 6)
assert torch.allclose(separate(batch), conv(batch))
print("ReflectionPad2d(1) + Conv2d(padding=0) equals Conv2d(padding=1, padding_mode='reflect'): True")

# %% shuffle
"""nn.PixelShuffle moves channels into space; nn.PixelUnshuffle moves them back, exactly."""
import torch
from torch import nn

# 8 channels of 2x3, numbered so that every value says where it came from: channel * 100 + row * 10 + column.
channel, row, column = torch.meshgrid(torch.arange(8), torch.arange(2), torch.arange(3), indexing="ij")
features = (channel * 100 + row * 10 + column).reshape(1, 8, 2, 3)

shuffle = nn.PixelShuffle(upscale_factor=2)
image = shuffle(features)
print("(1, 8, 2, 3) ->", tuple(image.shape))  # channels / 2², height * 2, width * 2
print("output channel 0 (built from input channels 0 to 3):")
print(image[0, 0])

# %% rule
# The rule: output[c, h*r + i, w*r + j] = input[c*r*r + i*r + j, h, w] for every offset (i, j) in the r x r block.
r = 2
for c in range(2):
    for h in range(2):
        for w in range(3):
            for i in range(r):
                for j in range(r):
                    assert image[0, c, h * r + i, w * r + j] == features[0, c * r * r + i * r + j, h, w]
print("output[c, h*r + i, w*r + j] == input[c*r*r + i*r + j, h, w] everywhere: True")

# The same as a reshape and a permute: split the channels into (c, i, j), then interleave i with h and j with w.
n, channels, height, width = features.shape
by_reshape = (features.reshape(n, channels // (r * r), r, r, height, width)
              .permute(0, 1, 4, 2, 5, 3)
              .reshape(n, channels // (r * r), height * r, width * r))
assert torch.equal(by_reshape, image)
print("equal to reshape -> permute -> reshape: True")

# %% unshuffle
unshuffle = nn.PixelUnshuffle(downscale_factor=2)
assert torch.equal(unshuffle(image), features)
print("PixelUnshuffle(2):", tuple(image.shape), "->", tuple(unshuffle(image).shape), " and back to the input exactly: True")

# The channels must divide by r²: 6 channels cannot make 2x2 blocks.
try:
    shuffle(torch.zeros(1, 6, 2, 3))
except RuntimeError as error:
    print("RuntimeError:", error)

# %% sub-pixel
# A sub-pixel convolution: a Conv2d makes r² times the channels at low resolution, PixelShuffle spreads them out.
torch.manual_seed(0)
upsampler = nn.Sequential(nn.Conv2d(16, 3 * 2 * 2, kernel_size=3, padding=1), nn.PixelShuffle(2))
print("Conv2d(16, 12, 3, padding=1) + PixelShuffle(2):", (1, 16, 8, 8), "->", tuple(upsampler(torch.rand(1, 16, 8, 8)).shape))

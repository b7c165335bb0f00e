# %% wrong
"""Reshaping 6 feature maps into 3-channel images to display them mixes images and channels."""
import torch
from torch import nn

torch.manual_seed(0)
images = torch.rand(4, 3, 32, 32)
conv = nn.Conv2d(3, 6, kernel_size=3)
with torch.no_grad():
    feature_maps = conv(images)

as_rgb = torch.reshape(feature_maps, (-1, 3, 30, 30))
print(tuple(feature_maps.shape), "->", tuple(as_rgb.shape), ": 8 'images' from 4")
assert torch.equal(as_rgb[1], feature_maps[0, 3:6])  # not image 1, but channels 3-5 of image 0
print("picture 1 is channels 3, 4, 5 of image 0, shown as red, green and blue")

# %% right
maps_of_first_image = feature_maps[0]  # one grey-scale 30x30 map per channel
print("image 0:", len(maps_of_first_image), "maps of", tuple(maps_of_first_image.shape[1:]))
# To draw: one panel per channel, plt.imshow(maps_of_first_image[channel], cmap="gray")
as_grey_images = feature_maps.flatten(0, 1).unsqueeze(1)  # for make_grid or add_images: 24 one-channel images
print("as grey images:", tuple(as_grey_images.shape))

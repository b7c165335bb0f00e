"""Why reshaping 6 feature maps into 3-channel images, as the source notes did to display them, misleads."""
import torch

torch.manual_seed(0)
feature_maps = torch.rand(3, 6, 30, 30)  # stands in for a Conv2d(3, 6, 3) output on 3 images

as_rgb_images = torch.reshape(feature_maps, (-1, 3, 30, 30))
print("feature maps:", tuple(feature_maps.shape), "->  'RGB images':", tuple(as_rgb_images.shape))

# The batch doubled: picture 1 is not the second input image but channels 3-5 of the first,
# painted as if they were red, green and blue.
assert torch.equal(as_rgb_images[1], feature_maps[0, 3:6])
assert torch.equal(as_rgb_images[2], feature_maps[1, 0:3])
print("picture 1 = image 0, channels 3, 4, 5;  picture 2 = image 1, channels 0, 1, 2")

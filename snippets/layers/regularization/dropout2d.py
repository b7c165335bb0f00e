"""nn.Dropout2d zeroes whole channels of a (N, C, H, W) input, not single pixels."""
import torch
from torch import nn

torch.manual_seed(0)
dropout2d = nn.Dropout2d(p=0.5)
feature_maps = torch.ones(1, 8, 4, 4)  # 1 image, 8 channels of 4 x 4
out = dropout2d(feature_maps)
channel_min, channel_max = out[0].amin(dim=(1, 2)), out[0].amax(dim=(1, 2))
print("smallest value of each channel:", channel_min.tolist())
print("largest value of each channel: ", channel_max.tolist())

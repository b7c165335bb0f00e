"""nn.AvgPool2d on the 5x5 worked-example input, and what count_include_pad changes at the border."""
import torch
from torch import nn

image = torch.tensor([[1, 2, 0, 3, 1],
                      [0, 1, 2, 3, 1],
                      [1, 2, 1, 0, 0],
                      [2, 1, 0, 1, 1],
                      [2, 1, 0, 1, 1]], dtype=torch.float32).reshape(1, 1, 5, 5)

print(f"AvgPool2d(3): {nn.AvgPool2d(kernel_size=3)(image).item():.4f}"
      f"  = the mean of the top-left 3x3 patch, {image[0, 0, :3, :3].mean().item():.4f}")
# A window cut off by the edge averages only the pixels it covers: 8/6 at the top right.
print("AvgPool2d(3, ceil_mode=True):")
print(nn.AvgPool2d(kernel_size=3, ceil_mode=True)(image))

# Average pooling pads with zeros. count_include_pad decides whether those zeros count
# in the divisor: with True a corner window sums 4 real pixels but divides by 9.
for count_include_pad in (True, False):
    pool = nn.AvgPool2d(kernel_size=3, stride=1, padding=1, count_include_pad=count_include_pad)
    print(f"count_include_pad={count_include_pad}: top-left output {pool(image)[0, 0, 0, 0].item():.4f}")
print("the 4 real pixels of that corner window:", image[0, 0, :2, :2].flatten().tolist())

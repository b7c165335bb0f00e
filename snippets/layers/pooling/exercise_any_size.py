"""Exercise: a small CNN that classifies images of any size, thanks to global average pooling."""
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Conv2d(3, 16, kernel_size=3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(16, 32, kernel_size=3, padding=1), nn.ReLU(),
    nn.AdaptiveAvgPool2d((1, 1)),  # (N, 32, H, W) -> (N, 32, 1, 1) for every H and W
    nn.Flatten(),
    nn.Linear(32, 10),
)
for height, width in ((32, 32), (64, 48), (20, 100)):
    scores = model(torch.rand(2, 3, height, width))
    print(f"input {height}x{width} -> class scores {tuple(scores.shape)}")

# Without the adaptive pooling, Flatten's length depends on the image size, and Linear would not fit.
without_pooling = nn.Sequential(*model[:5], nn.Flatten())
print("features without global pooling:",
      [without_pooling(torch.rand(1, 3, h, w)).shape[1] for h, w in ((32, 32), (64, 48))])

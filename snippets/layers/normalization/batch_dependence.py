"""In training, BatchNorm's output for one sample depends on the other samples of its batch; GroupNorm's does not."""
import torch
from torch import nn

torch.manual_seed(0)
image = torch.randn(1, 8, 6, 6)
companions_a = torch.randn(3, 8, 6, 6)
companions_b = torch.randn(3, 8, 6, 6) * 2 + 1  # other images, from other data
batch_a = torch.cat([image, companions_a])
batch_b = torch.cat([image, companions_b])

for name, layer in [("BatchNorm2d(8)", nn.BatchNorm2d(8)), ("GroupNorm(2, 8)", nn.GroupNorm(2, 8))]:
    with torch.no_grad():
        gap = (layer(batch_a)[0] - layer(batch_b)[0]).abs().max().item()
    print(f"{name:16s} largest change of the same image's output between two batches: {gap:.3f}")

# With tiny batches BatchNorm's statistics are noisy estimates: the spread of a batch mean of one channel.
data = torch.randn(10_000, 8, 6, 6)
for batch_size in (2, 8, 64):
    channel_means = data[: batch_size * 100].view(100, batch_size, 8, 6, 6).mean(dim=(1, 3, 4))
    print(f"batch size {batch_size:2d}: std of the batch mean of a channel {channel_means.std():.3f} (true mean 0)")
    if batch_size == 2:
        spread_batch_of_two = channel_means.std().item()

"""Time training with DataLoader workers: augmenting images in the main process against in two worker processes."""
# snippet-timeout: 600
# snippet-timing: ^load average
# snippet-timing: ^load (\+ train|only)
# snippet-timing: first batch of the second epoch after
import os
import statistics
import time

import torch
from torch import nn
from torch.utils.data import DataLoader, Dataset
from torchvision.transforms import v2

from tutorial_data import load_cifar10

BATCH = 64
TIMED_STEPS = 10  # batches timed per setting, after 2 warm-up batches

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")


class AugmentedImages(Dataset):
    """uint8 images, cropped, flipped, rotated and colour-jittered afresh each time one is read."""

    def __init__(self, images, labels):
        self.images, self.labels = images, labels
        self.augment = v2.Compose([
            v2.RandomCrop(32, padding=4), v2.RandomHorizontalFlip(), v2.RandomRotation(10),
            v2.ColorJitter(brightness=0.4, contrast=0.4, saturation=0.4),
            v2.ToDtype(torch.float32, scale=True),
        ])

    def __len__(self):
        return len(self.images)

    def __getitem__(self, index):
        return self.augment(self.images[index]), self.labels[index]


def make_model():
    torch.manual_seed(0)

    def block(channels_in, channels_out, stride):
        return [nn.Conv2d(channels_in, channels_out, 3, stride=stride, padding=1, bias=False),
                nn.BatchNorm2d(channels_out), nn.SiLU()]

    return nn.Sequential(
        *block(3, 32, 1), *block(32, 64, 2), *block(64, 64, 1), *block(64, 128, 2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(128, 10),
    ).to(device)


def median_seconds(step, warmup=2, repeats=TIMED_STEPS):
    for _ in range(warmup):
        step()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        step()
        if device.type != "cpu":
            torch.accelerator.synchronize()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def seconds_per_batch(dataset, num_workers, train=True):
    """Median time of one iteration: wait for the next batch, then (if train) a training step on it."""
    loader = DataLoader(dataset, batch_size=BATCH, shuffle=True, num_workers=num_workers,
                        generator=torch.Generator().manual_seed(0),
                        pin_memory=device.type == "cuda")  # page-locked batches copy to a GPU faster
    batches = iter(loader)
    model = make_model()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)

    def step():
        images, labels = next(batches)
        if train:
            images, labels = images.to(device, non_blocking=True), labels.to(device, non_blocking=True)
            loss = nn.functional.cross_entropy(model(images), labels)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()

    return median_seconds(step)


def seconds_to_first_batch(dataset, persistent_workers):
    """Time from the start of the second epoch to its first batch."""
    loader = DataLoader(dataset, batch_size=BATCH, num_workers=2, persistent_workers=persistent_workers)
    for _ in loader:  # the first epoch starts the workers either way
        pass
    start = time.perf_counter()
    next(iter(loader))
    return time.perf_counter() - start


def main():
    print(f"device: {device.type}, torch threads: {torch.get_num_threads()}, CPU cores: {os.cpu_count()}")
    if hasattr(os, "getloadavg"):  # Unix: processes wanting a core, averaged over the last minute
        print(f"load average over the last minute: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    images, labels = load_cifar10("test")
    dataset = AugmentedImages(images[:2048], labels[:2048])

    print(f"milliseconds per batch of {BATCH}   num_workers=0  num_workers=2  speed-up")
    for train in (False, True):
        in_main = seconds_per_batch(dataset, num_workers=0, train=train)
        with_workers = seconds_per_batch(dataset, num_workers=2, train=train)
        print(f"{'load + train' if train else 'load only':26s} {in_main * 1000:13.0f}  "
              f"{with_workers * 1000:13.0f}  {in_main / with_workers:7.2f}x")

    small = AugmentedImages(images[:256], labels[:256])
    for persistent in (False, True):
        wait = seconds_to_first_batch(small, persistent)
        print(f"persistent_workers={persistent!s:5}: first batch of the second epoch after {wait * 1000:4.0f} ms")
    print("times vary from run to run")


if __name__ == "__main__":  # where workers start by re-importing this file (Windows, macOS), they must not run main()
    main()

"""torch.compile for inference: compile the MNIST CNN, compare its outputs with eager mode, and time both."""
# snippet-timing: ^first call|ms per batch|times as long
import statistics
import time

import torch
from torch import nn

from tutorial_data import load_mnist

torch.manual_seed(0)  # the same random numbers on every run
MEAN, STD = 0.1307, 0.3081
BATCH = 256


class MnistCNN(nn.Module):
    """The small CNN of the MNIST project."""

    def __init__(self):
        super().__init__()
        self.layers = nn.Sequential(
            nn.Conv2d(1, 16, kernel_size=5, stride=2, padding=2, bias=False), nn.BatchNorm2d(16), nn.ReLU(),
            nn.Conv2d(16, 32, kernel_size=3, padding=1, bias=False), nn.BatchNorm2d(32), nn.ReLU(),
            nn.Conv2d(32, 64, kernel_size=3, stride=2, padding=1, bias=False), nn.BatchNorm2d(64), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(64 * 7 * 7, 10),
        )

    def forward(self, images):
        return self.layers(images)


images, _ = load_mnist("test")
batch = (images[8000:8000 + BATCH].unsqueeze(1).float() / 255 - MEAN) / STD
model = MnistCNN().eval()  # fresh weights: compiling, like exporting, does not depend on their values
compiled = torch.compile(model)  # a wrapper; nothing is compiled until the first call

with torch.inference_mode():
    start = time.perf_counter()
    compiled_output = compiled(batch)  # captures the graph and generates C++ code for it
    compile_seconds = time.perf_counter() - start
    print(f"first call (compiling): {compile_seconds:.1f} s")
    eager_output = model(batch)
largest_difference = (compiled_output - eager_output).abs().max().item()
print(f"largest difference between compiled and eager outputs: {largest_difference:.1e}")
assert torch.allclose(compiled_output, eager_output, atol=1e-4)  # fused code rounds in another order

times = {"eager": [], "compiled": []}
with torch.inference_mode():
    for round_number in range(23):  # interleaved: a busy moment slows both alike
        for name, version in (("eager", model), ("compiled", compiled)):
            start = time.perf_counter()
            version(batch)
            if round_number >= 3:  # the first rounds are the warm-up
                times[name].append((time.perf_counter() - start) * 1000)
eager_ms, compiled_ms = statistics.median(times["eager"]), statistics.median(times["compiled"])
compiled_time_ratio = compiled_ms / eager_ms
print(f"batch of {BATCH}: eager {eager_ms:.2f} ms per batch, compiled {compiled_ms:.2f} ms per batch")
print(f"the compiled model takes {compiled_time_ratio:.2f} times as long as eager mode")

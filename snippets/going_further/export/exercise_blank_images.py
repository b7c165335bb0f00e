"""Exercise: a forward that branches on the input's values does not export; torch.where and torch.cond do."""
import torch
from torch import nn

from tutorial_data import load_mnist

torch.manual_seed(0)  # the same random numbers on every run

cnn = nn.Sequential(  # the MNIST project's CNN, with fresh weights
    nn.Conv2d(1, 16, kernel_size=5, stride=2, padding=2, bias=False), nn.BatchNorm2d(16), nn.ReLU(),
    nn.Conv2d(16, 32, kernel_size=3, padding=1, bias=False), nn.BatchNorm2d(32), nn.ReLU(),
    nn.Conv2d(32, 64, kernel_size=3, stride=2, padding=1, bias=False), nn.BatchNorm2d(64), nn.ReLU(),
    nn.Flatten(),
    nn.Linear(64 * 7 * 7, 10),
).eval()


class BlankWithIf(nn.Module):
    """Zero logits (every digit equally likely) for a blank batch: a Python `if` on a tensor's value."""

    def __init__(self, cnn):
        super().__init__()
        self.cnn = cnn

    def forward(self, pixels):
        if pixels.max() == 0:  # needs the value of the tensor, which an exported graph does not have
            return torch.zeros(len(pixels), 10)
        return self.cnn(pixels)


class BlankWithWhere(BlankWithIf):
    """The same rule as tensor operations, decided for each image of the batch."""

    def forward(self, pixels):
        blank = pixels.amax(dim=(1, 2, 3)) == 0  # [N] booleans
        return torch.where(blank[:, None], torch.zeros(()), self.cnn(pixels))


class BlankWithCond(BlankWithIf):
    """The `if` of the first version as torch.cond: both branches go into the graph, the value picks one."""

    def forward(self, pixels):
        return torch.cond(pixels.max() == 0, lambda x: torch.zeros(len(x), 10), self.cnn, (pixels,))


images, _ = load_mnist("test")
pixels = images[8000:8003].unsqueeze(1).float() / 255
pixels[1] = 0  # the second image is blank
example = pixels[:2].clone()
dynamic_batch = {"pixels": {0: torch.export.Dim("batch", min=1, max=1024)}}
try:
    torch.export.export(BlankWithIf(cnn), (example,), dynamic_shapes=dynamic_batch)
except Exception as error:  # GuardOnDataDependentSymNode, from torch.fx.experimental
    print(f"with if: {type(error).__name__}: {str(error).splitlines()[0].split(' (unhinted')[0]}")

program = torch.export.export(BlankWithWhere(cnn), (example,), dynamic_shapes=dynamic_batch).module()
with torch.inference_mode():
    logits, direct = program(pixels), cnn(pixels)
blank_is_zero = torch.equal(logits[1], torch.zeros(10))
digits_unchanged = torch.allclose(logits[[0, 2]], direct[[0, 2]], atol=1e-6)
print(f"with torch.where: output {tuple(logits.shape)}; the blank image gets zero logits: {blank_is_zero}; "
      f"the two digits get the CNN's own: {digits_unchanged}")
assert blank_is_zero and digits_unchanged

with_cond = torch.export.export(BlankWithCond(cnn), (example,), dynamic_shapes=dynamic_batch)
has_cond = any("cond" in str(node.target) for node in with_cond.graph.nodes)
with torch.inference_mode():
    blank_batch_output = with_cond.module()(torch.zeros(4, 1, 28, 28))
    digits_output = with_cond.module()(pixels[[0, 2]])
cond_works = torch.equal(blank_batch_output, torch.zeros(4, 10)) and torch.allclose(
    digits_output, direct[[0, 2]], atol=1e-6)
print(f"with torch.cond: exported with a cond operation in the graph: {has_cond}; "
      f"a blank batch gets zeros, a batch of digits the CNN's logits: {cond_works}")
assert has_cond and cond_works

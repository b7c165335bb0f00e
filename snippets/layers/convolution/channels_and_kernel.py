# %% layer
"""nn.Conv2d's in_channels, out_channels, kernel_size and bias: the weight's shape and the parameter count."""
import torch
from torch import nn

torch.manual_seed(0)
conv = nn.Conv2d(in_channels=3, out_channels=6, kernel_size=3)
print(conv)
print("weight:", tuple(conv.weight.shape), "(out_channels, in_channels, kernel height, kernel width)")
print("bias:  ", tuple(conv.bias.shape), "(one number per output channel)")
parameter_count = sum(p.numel() for p in conv.parameters())
print("parameters:", parameter_count, "= 6*3*3*3 weights + 6 biases")

images = torch.rand(8, 3, 32, 32)  # a batch of 8 RGB images, 32x32
print("input: ", tuple(images.shape), "->  output:", tuple(conv(images).shape))

# %% in-channels
# in_channels must match the input's channel dimension: a grey-scale batch does not fit.
grey_images = torch.rand(8, 1, 32, 32)
try:
    conv(grey_images)
except RuntimeError as error:
    print("RuntimeError:", str(error).splitlines()[0])

# %% kernel-size
for kernel_size in (1, 3, 5, (3, 5)):
    layer = nn.Conv2d(3, 6, kernel_size=kernel_size)
    print(f"kernel_size={kernel_size!s:6}  weight {tuple(layer.weight.shape)}"
          f"  output {tuple(layer(images).shape)}")

# %% bias
no_bias = nn.Conv2d(3, 6, kernel_size=3, bias=False)
print("bias:", no_bias.bias)
print("parameters:", sum(p.numel() for p in no_bias.parameters()))
# Without a bias the layer maps an all-zero image to an all-zero output.
print("output on zeros, largest value:", no_bias(torch.zeros(1, 3, 8, 8)).abs().max().item())
# With one, every output pixel of a blank image is that channel's bias.
with torch.no_grad():
    print("with bias, one output pixel of a blank image:", conv(torch.zeros(1, 3, 8, 8))[0, :, 0, 0])
    print("the layer's biases:                          ", conv.bias.detach())

# A BatchNorm right after the convolution subtracts each channel's batch mean, and the bias with it.
with torch.no_grad():
    no_bias.weight.copy_(conv.weight)
    batch_norm = nn.BatchNorm2d(6)
    images = torch.rand(8, 3, 32, 32)
    print("BatchNorm after it, same output with and without the bias:",
          torch.allclose(batch_norm(conv(images)), batch_norm(no_bias(images)), atol=1e-5))

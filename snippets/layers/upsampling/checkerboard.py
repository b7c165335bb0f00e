"""The checkerboard of a transposed convolution whose kernel size does not divide by its stride, next to
nearest-neighbour upsampling followed by a convolution, on a constant input."""
import matplotlib.pyplot as plt
import torch
from torch import nn

torch.manual_seed(0)
constant = torch.ones(1, 1, 8, 8)
kernels = {"kernel of ones": torch.ones(1, 1, 3, 3), "random kernel": torch.rand(1, 1, 3, 3)}

outputs = {}
for kernel_name, kernel in kernels.items():
    # Kernel 3, stride 2: stamps 2 pixels apart, 3 wide, so some pixels get 1 stamp and some 2 in each direction.
    transposed = nn.ConvTranspose2d(1, 1, kernel_size=3, stride=2, padding=1, output_padding=1, bias=False)
    # Nearest upsampling then an ordinary convolution: every output pixel is made the same way.
    resize_conv = nn.Sequential(nn.Upsample(scale_factor=2, mode="nearest"),
                                nn.Conv2d(1, 1, kernel_size=3, padding=1, padding_mode="replicate", bias=False))
    with torch.no_grad():
        transposed.weight.copy_(kernel)
        resize_conv[1].weight.copy_(kernel)
        outputs[kernel_name] = {"ConvTranspose2d(3, stride=2)": transposed(constant)[0, 0],
                                "Upsample(2) + Conv2d(3)": resize_conv(constant)[0, 0]}

ones_transposed = outputs["kernel of ones"]["ConvTranspose2d(3, stride=2)"]
print("ConvTranspose2d on a constant 8x8 input, kernel of ones, top-left 6x6 of the 16x16 output:")
print(ones_transposed[:6, :6])
# Away from the bottom and right edges, the pixels get 4, 2 or 1 stamps.
interior = ones_transposed[:-1, :-1]
checkerboard_ratio = (interior.max() / interior.min()).item()
print(f"largest / smallest output away from the edge: {checkerboard_ratio:.0f}")
for kernel_name in kernels:
    flat = outputs[kernel_name]["Upsample(2) + Conv2d(3)"]
    # With replicate padding every pixel sees nine copies of the same value: the output is flat.
    assert torch.allclose(flat, torch.full_like(flat, kernels[kernel_name].sum().item()))
print("Upsample + Conv2d gives one value everywhere, for both kernels: True")

fig, axes = plt.subplots(2, 3, figsize=(10, 6.6), layout="constrained")
for row, kernel_name in enumerate(kernels):
    axes[row, 0].imshow(constant[0, 0].numpy(), cmap="gray", vmin=0, vmax=2)
    axes[row, 0].set_title("constant 8x8 input, all 1")
    for column, (method, output) in enumerate(outputs[kernel_name].items(), start=1):
        # Divided by its mean, so that both methods are on one scale: 1 means "as bright as on average".
        picture = axes[row, column].imshow((output / output.mean()).numpy(), cmap="gray", vmin=0, vmax=2)
        axes[row, column].set_title(f"{method}\n16x16, {kernel_name}", fontsize=10)
    axes[row, 0].set_ylabel(kernel_name)
    for ax in axes[row]:
        ax.set_xticks([])
        ax.set_yticks([])
fig.colorbar(picture, ax=axes, shrink=0.6, label="value / mean value of the image")
fig.suptitle("A transposed convolution with kernel 3 and stride 2 paints a checkerboard on a constant image")
plt.show()

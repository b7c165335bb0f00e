"""Parameters and floating-point operations per image of the notes' network and the better one."""
import torch
from torch import nn
from torch.utils.flop_counter import FlopCounterMode

torch.manual_seed(0)  # the same random numbers on every run


def conv_block(channels_in, channels_out):
    return [nn.Conv2d(channels_in, channels_out, 3, padding=1, bias=False),
            nn.MaxPool2d(2), nn.BatchNorm2d(channels_out), nn.ReLU()]


networks = {
    "notes' network": nn.Sequential(
        nn.Conv2d(3, 32, 5, padding=2), nn.MaxPool2d(2),
        nn.Conv2d(32, 32, 5, padding=2), nn.MaxPool2d(2),
        nn.Conv2d(32, 64, 5, padding=2), nn.MaxPool2d(2),
        nn.Flatten(), nn.Linear(1024, 64), nn.Linear(64, 10)),
    "better network": nn.Sequential(
        *conv_block(3, 32), *conv_block(32, 64), *conv_block(64, 128),
        nn.Conv2d(128, 256, 3, padding=1, bias=False), nn.BatchNorm2d(256), nn.ReLU(),
        nn.AdaptiveMaxPool2d(1), nn.Flatten(), nn.Linear(256, 10)),
}
one_image = torch.zeros(1, 3, 32, 32)
costs = {}  # name -> (parameters, FLOP per image)
for name, model in networks.items():
    model.eval()
    parameters = sum(p.numel() for p in model.parameters())
    # FlopCounterMode counts the matrix products and convolutions (2 operations per multiply-add);
    # pooling, BatchNorm and ReLU cost a few operations per pixel and are left out.
    counter = FlopCounterMode(display=False)
    with counter, torch.no_grad():
        model(one_image)
    flops = counter.get_total_flops()
    costs[name] = parameters, flops
    print(f"{name:15s} {parameters:>8,} parameters   {flops / 1e6:5.1f} MFLOP per image (forward)")
    for module_name, counts in counter.get_flop_counts().items():
        if module_name.startswith("Sequential."):  # one entry per layer that has a count
            index = int(module_name.split(".")[1])
            layer = model[index]
            print(f"    [{index:2d}] {type(layer).__name__:6s} weight {str(tuple(layer.weight.shape)):16s}"
                  f"{sum(counts.values()) / 1e6:6.2f} MFLOP")

(notes_parameters, notes_flops), (better_parameters, better_flops) = costs.values()
parameter_ratio, flop_ratio = better_parameters / notes_parameters, better_flops / notes_flops
print(f"better network / notes' network: {parameter_ratio:.1f} times the parameters, "
      f"{flop_ratio:.2f} times the operations per image")

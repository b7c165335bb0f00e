"""torchvision's ResNet-18, built without weights: its parameters counted, and the weights' metadata read offline."""
import torch
import torchvision
from torchvision.models import ResNet18_Weights

torch.manual_seed(0)  # the same random numbers on every run
# weights=None builds the architecture with random weights: nothing is downloaded.
model = torchvision.models.resnet18(weights=None)
counted_parameters = sum(p.numel() for p in model.parameters())

# The enum describes the pretrained weights without fetching them: its metadata is in torchvision.
meta = ResNet18_Weights.IMAGENET1K_V1.meta
imagenet_top1 = meta["_metrics"]["ImageNet-1K"]["acc@1"]
print(f"counted parameters:      {counted_parameters:,}")
print(f"meta['num_params']:      {meta['num_params']:,}")
print(f"ImageNet top-1 accuracy: {imagenet_top1}% ({len(meta['categories'])} classes), "
      f"{meta['_ops']} GFLOPs per 224x224 image, weights file {meta['_file_size']} MB")
assert counted_parameters == meta["num_params"]

# The stages: a 7x7 stride-2 stem and a max pooling, four stages of two BasicBlocks
# (the first block of stages 2-4 halves the size with stride 2 and a projection shortcut),
# global average pooling and one Linear layer.
x = torch.randn(1, 3, 224, 224)
model.eval()
with torch.no_grad():
    for name, part in model.named_children():
        if name == "fc":
            x = torch.flatten(x, 1)  # what ResNet.forward does between avgpool and fc
        x = part(x)
        blocks = f"{len(part)} x {type(part[0]).__name__}" if isinstance(part, torch.nn.Sequential) else ""
        print(f"{name:8s} -> {str(tuple(x.shape)):18s} {sum(p.numel() for p in part.parameters()):>10,} "
              f"parameters {blocks}")
# The 18 of ResNet-18: the layers with weights on the main path, the 1x1 shortcuts not counted.
main_path_convolutions = [m for name, m in model.named_modules()
                          if isinstance(m, torch.nn.Conv2d) and "downsample" not in name]
weighted_layers = len(main_path_convolutions) + 1  # and the final Linear layer
print(f"{len(main_path_convolutions)} convolutions on the main path + 1 Linear = {weighted_layers} layers")
assert weighted_layers == 18
projection = model.layer2[0].downsample
print("layer2's first block's shortcut:", projection)

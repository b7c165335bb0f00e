# %% export
"""torch.export: the MNIST CNN as an ExportedProgram with a dynamic batch dimension, run, saved and loaded."""
import zipfile

import torch
from torch import nn

from tutorial_data import load_mnist

torch.manual_seed(0)  # the same random numbers on every run
MEAN, STD = 0.1307, 0.3081


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


images, labels = load_mnist("test")
held_out = (images[8000:].unsqueeze(1).float() / 255 - MEAN) / STD
# Exporting records operations, whatever the weights: fresh ones do here, and save the training.
model = MnistCNN().eval()  # eval before exporting: the program keeps the mode it was exported in

batch = torch.export.Dim("batch", min=1, max=1024)  # the batch size may be anything from 1 to 1024
# An example input of the right kind: a batch of 2, because a batch of 1 would be taken for a constant.
# clone(): the saved program keeps the example, and a slice would keep all 2,000 images it was cut from.
example = held_out[:2].clone()
exported = torch.export.export(model, (example,), dynamic_shapes={"images": {0: batch}})
print(type(exported).__name__)
signature = exported.graph_signature
print(f"inputs of the graph: {len(signature.parameters)} parameters, {len(signature.buffers)} buffers, "
      f"then the user's {signature.user_inputs}; output {signature.user_outputs}")
for spec in signature.input_specs[:2] + signature.input_specs[-1:]:
    print(f"  {spec.arg.name:16} {spec.kind.name:11} {spec.target}")
images_node = next(node for node in exported.graph.nodes if node.name == "images")
batch_symbol = str(images_node.meta["val"].shape[0])
print(f"input shape {tuple(images_node.meta['val'].shape)}, with {batch_symbol} in "
      f"{exported.range_constraints[images_node.meta['val'].shape[0].node.expr]}")
operations = [node for node in exported.graph.nodes if node.op == "call_function"]
print(f"{len(operations)} operations:")
for node in operations:
    print(f"  {node.name:14} {str(node.target):28} -> {tuple(node.meta['val'].shape)}")
batch_norm_node = next(node for node in operations if "batch_norm" in str(node.target))
batch_norm_training = batch_norm_node.args[5]  # aten.batch_norm(input, weight, bias, mean, var, training, ...)
print(f"batch_norm's training argument: {batch_norm_training}")
assert batch_norm_training is False  # eval mode: the running statistics, whatever the batch

# %% run
program = exported.module()  # an nn.Module that runs the recorded graph
with torch.inference_mode():
    for size in (1, 256):
        eager_output, program_output = model(held_out[:size]), program(held_out[:size])
        difference = (eager_output - program_output).abs().max().item()
        print(f"batch of {size:3}: output {tuple(program_output.shape)}, "
              f"largest difference from the eager model {difference:.1e}")
        assert torch.allclose(eager_output, program_output, atol=1e-5)

# %% save-load
with torch.inference_mode():
    reference = model(held_out[:256])
torch.export.save(exported, "mnist_cnn.pt2")  # the graph, the weights and the shape rules, in one file
with zipfile.ZipFile("mnist_cnn.pt2") as archive:  # a .pt2 file is a zip archive
    members = archive.infolist()
weight_files = [member for member in members if "/weights/weight_" in member.filename]
weights_kib = sum(member.file_size for member in weight_files) / 1024
graph_files = [member.filename.split("/", 1)[1] for member in members if member.filename.endswith(".json")]
print(f"mnist_cnn.pt2: a zip archive of {len(members)} files: {len(weight_files)} tensors "
      f"({weights_kib:.0f} KiB), and the graph and its settings as JSON in {', '.join(graph_files)}")
del model, program, exported, MnistCNN  # the loading program does not need the class
loaded = torch.export.load("mnist_cnn.pt2")
with torch.inference_mode():
    loaded_output = loaded.module()(held_out[:256])
print(f"loaded without the class: output {tuple(loaded_output.shape)}, "
      f"equal to the eager model's: {torch.equal(loaded_output, reference)}")
assert torch.equal(loaded_output, reference)

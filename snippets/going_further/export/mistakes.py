# %% train-mode
"""Deployment mistakes: exporting in training mode, and a batch size fixed by the example input."""
import onnxruntime as ort
import torch
from onnxruntime.capi.onnxruntime_pybind11_state import InvalidArgument
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


images, _ = load_mnist("test")
held_out = (images[8000:].unsqueeze(1).float() / 255 - MEAN) / STD
dynamic_batch = {"images": {0: torch.export.Dim("batch", min=1, max=1024)}}


def depends_on_the_batch(program):
    """Largest change of the first image's logits when it comes alone or among 255 others."""
    with torch.inference_mode():
        alone, among_others = program(held_out[:1]), program(held_out[:256])[:1]
    return (alone - among_others).abs().max().item()


model = MnistCNN()  # a new module is in training mode: BatchNorm uses the statistics of each batch
wrong = torch.export.export(model, (held_out[:2].clone(),), dynamic_shapes=dynamic_batch)
wrong_batch_norm = next(node for node in wrong.graph.nodes if "batch_norm" in str(node.target))
print(f"exported in training mode: batch_norm's training argument is {wrong_batch_norm.args[5]}")
train_mode_change = depends_on_the_batch(wrong.module())
print(f"exported in training mode: the first image's logits change by {train_mode_change:.3f} with the batch")
try:
    wrong.module().eval()
except NotImplementedError as error:
    print(f"exported program .eval(): NotImplementedError: {error}")

# Forgetting eval() in eager inference also changes the model: each batch moves BatchNorm's running statistics.
running_mean = model.layers[1].running_mean.clone()
with torch.inference_mode():
    model(held_out[:256])
moved = (model.layers[1].running_mean - running_mean).abs().max().item()
print(f"one inference in training mode moved the running mean by up to {moved:.3f}")

model.eval()  # the fix: eval() before exporting (and before any inference)
right = torch.export.export(model, (held_out[:2].clone(),), dynamic_shapes=dynamic_batch)
eval_mode_change = depends_on_the_batch(right.module())
print(f"exported in eval mode: the first image's logits change by {eval_mode_change:.1e} with the batch")
assert train_mode_change > 0.01 and moved > 0 and eval_mode_change < 1e-5

# %% fixed-batch
one_image = held_out[:1].clone()
fixed = torch.export.export(model, (one_image,))  # no dynamic_shapes: every size of the example is fixed
try:
    fixed.module()(held_out[:256])
except AssertionError as error:
    print(f"torch.export with a batch of 1, run on 256: {error}")
try:  # asking for a dynamic batch, with an example batch of 1
    torch.export.export(model, (one_image,), dynamic_shapes=dynamic_batch)
except Exception as error:  # torch._dynamo.exc.UserError, from a private module
    reason = str(error).splitlines()[1].strip("- ").split(". ")[0]
    print(f"Dim with an example batch of 1: {type(error).__name__}: {reason}")

torch.onnx.export(model, (one_image,), dynamo=True, verbose=False, input_names=["images"]).save("fixed.onnx")
options = ort.SessionOptions()
options.intra_op_num_threads = 1
session = ort.InferenceSession("fixed.onnx", options, providers=["CPUExecutionProvider"])
print(f"ONNX exported with a batch of 1: input shape {session.get_inputs()[0].shape}")
try:
    session.run(None, {"images": held_out[:256].numpy()})
except InvalidArgument as error:
    message = " ".join(str(error).split(" : ")[-1].split())  # on one line
    print(f"run on 256: {type(error).__name__}: {message.split(' Please')[0]}")

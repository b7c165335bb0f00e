"""Exercise: put the preprocessing and the softmax inside the ONNX model, so that an application sends raw pixels."""
import numpy as np
import onnxruntime as ort
import torch
from torch import nn

from tutorial_data import load_mnist

torch.manual_seed(0)  # the same random numbers on every run
MEAN, STD = 0.1307, 0.3081

cnn = nn.Sequential(  # the MNIST project's CNN; fresh weights, the comparison does not need trained ones
    nn.Conv2d(1, 16, kernel_size=5, stride=2, padding=2, bias=False), nn.BatchNorm2d(16), nn.ReLU(),
    nn.Conv2d(16, 32, kernel_size=3, padding=1, bias=False), nn.BatchNorm2d(32), nn.ReLU(),
    nn.Conv2d(32, 64, kernel_size=3, stride=2, padding=1, bias=False), nn.BatchNorm2d(64), nn.ReLU(),
    nn.Flatten(),
    nn.Linear(64 * 7 * 7, 10),
).eval()


class RawPixelsToProbabilities(nn.Module):
    """uint8 pixels [N, 28, 28] in, probabilities [N, 10] out: nothing left for the application to get wrong."""

    def __init__(self, cnn):
        super().__init__()
        self.cnn = cnn

    def forward(self, pixels):
        images = (pixels.unsqueeze(1).float() / 255 - MEAN) / STD  # exactly what training did
        return self.cnn(images).softmax(dim=1)


deployable = RawPixelsToProbabilities(cnn).eval()
images, _ = load_mnist("test")
raw = images[8000:8256]  # uint8, as decoded from the image files
torch.onnx.export(deployable, (raw[:2].clone(),), dynamo=True, verbose=False,
                  dynamic_shapes={"pixels": {0: torch.export.Dim("batch", min=1, max=1024)}},
                  input_names=["pixels"], output_names=["probabilities"]).save("mnist_raw_pixels.onnx")

options = ort.SessionOptions()
options.intra_op_num_threads = 1
session = ort.InferenceSession("mnist_raw_pixels.onnx", options, providers=["CPUExecutionProvider"])
model_input = session.get_inputs()[0]
print(f"input {model_input.name!r}: {model_input.type}, shape {model_input.shape}")
probabilities = session.run(["probabilities"], {"pixels": raw.numpy()})[0]
with torch.inference_mode():
    expected = cnn((raw.unsqueeze(1).float() / 255 - MEAN) / STD).softmax(dim=1).numpy()
largest_difference = float(np.abs(probabilities - expected).max())
print(f"{len(probabilities)} images: probabilities sum to 1 within {np.abs(probabilities.sum(axis=1) - 1).max():.0e}, "
      f"largest difference from the PyTorch pipeline {largest_difference:.0e}")
assert largest_difference < 1e-5

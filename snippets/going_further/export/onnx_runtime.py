# %% train
"""ONNX: export the trained MNIST CNN, run it in ONNX Runtime, compare and time it, then quantize it to int8."""
# snippet-timing: ms per batch|times as long
import os
import statistics
import time
import warnings

import matplotlib.pyplot as plt
import numpy as np
import onnx
import onnxruntime as ort
import torch
from onnxruntime.quantization import (CalibrationDataReader, QuantFormat, QuantType, quant_pre_process,
                                      quantize_dynamic, quantize_static)
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

from tutorial_data import load_mnist

torch.manual_seed(0)  # the same random numbers on every run
MEAN, STD = 0.1307, 0.3081

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")


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


images, labels = load_mnist("test")  # the first 8,000 train, the last 2,000 are held out
inputs = (images.unsqueeze(1).float() / 255 - MEAN) / STD
held_out, held_out_labels = inputs[8000:], labels[8000:]
model = MnistCNN().to(device)
loader = DataLoader(TensorDataset(inputs[:8000], labels[:8000]), batch_size=64, shuffle=True)
optimizer = torch.optim.AdamW(model.parameters(), lr=3e-3, weight_decay=0.01)
scheduler = torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=3e-3, epochs=1, steps_per_epoch=len(loader))
model.train()
for batch_images, batch_labels in loader:  # one epoch, as in save_and_load.py
    batch_images, batch_labels = batch_images.to(device), batch_labels.to(device)
    loss = nn.functional.cross_entropy(model(batch_images), batch_labels)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    scheduler.step()
model = model.cpu().eval()  # the deployment target here is a CPU
with torch.inference_mode():
    torch_logits = model(held_out).numpy()
torch_accuracy = (torch_logits.argmax(axis=1) == held_out_labels.numpy()).mean()
print(f"PyTorch: held-out accuracy {torch_accuracy:.4f}")

# %% export
batch = torch.export.Dim("batch", min=1, max=1024)
onnx_program = torch.onnx.export(model, (held_out[:2].clone(),), dynamo=True, verbose=False,
                                 dynamic_shapes={"images": {0: batch}},
                                 input_names=["images"], output_names=["logits"])
onnx_program.save("mnist_cnn.onnx")
onnx_model = onnx.load("mnist_cnn.onnx")


def tensors_kib(model_proto):
    """KiB of the tensors an ONNX model stores (the file also holds the graph, and the source lines it came from)."""
    return sum(onnx.numpy_helper.to_array(tensor).nbytes for tensor in model_proto.graph.initializer) / 1024


float_kib = tensors_kib(onnx_model)
onnx.checker.check_model(onnx_model)  # a valid ONNX file
input_shape = [dim.dim_param or dim.dim_value for dim in onnx_model.graph.input[0].type.tensor_type.shape.dim]
operators = [node.op_type for node in onnx_model.graph.node]
print(f"mnist_cnn.onnx: opset {onnx_model.opset_import[0].version}, {float_kib:.0f} KiB of float32 weights")
print(f"input {onnx_model.graph.input[0].name!r} of shape {input_shape}, output {onnx_model.graph.output[0].name!r}")
print("operators:", " ".join(operators))
assert "BatchNormalization" not in operators  # folded into the convolutions' weights at export

# %% compare
options = ort.SessionOptions()
options.intra_op_num_threads = torch.get_num_threads()  # as many threads as PyTorch uses: a fair race
options.inter_op_num_threads = 1


def onnx_session(path):
    return ort.InferenceSession(path, options, providers=["CPUExecutionProvider"])


def operators_run(path):
    """The operators ONNX Runtime runs for a file, after the graph optimisations that any processor gets."""
    inspect_options = ort.SessionOptions()
    inspect_options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_EXTENDED
    inspect_options.optimized_model_filepath = f"optimized_{path}"  # writes the optimised graph
    ort.InferenceSession(path, inspect_options, providers=["CPUExecutionProvider"])
    return [node.op_type for node in onnx.load(f"optimized_{path}").graph.node]


session = onnx_session("mnist_cnn.onnx")
float_operators_run = operators_run("mnist_cnn.onnx")
print("ONNX Runtime runs:", " ".join(float_operators_run))
assert "Relu" not in float_operators_run  # each ReLU fused into the convolution before it
onnx_logits = session.run(["logits"], {"images": held_out.numpy()})[0]  # NumPy in, NumPy out
largest_difference = float(np.abs(onnx_logits - torch_logits).max())
same_predictions = int((onnx_logits.argmax(axis=1) == torch_logits.argmax(axis=1)).sum())
float_accuracy = (onnx_logits.argmax(axis=1) == held_out_labels.numpy()).mean()
print(f"largest difference between the logits of PyTorch and ONNX Runtime: {largest_difference:.1e}")
print(f"same prediction on {same_predictions} of {len(held_out)} held-out images; "
      f"ONNX Runtime's accuracy {float_accuracy:.4f}")
assert largest_difference < 1e-4 and same_predictions == len(held_out)

# %% timing


def median_ms(versions, batch_size, rounds):
    """Median milliseconds per call of each version on the same batch, in interleaved rounds after a warm-up."""
    tensor_batch = held_out[:batch_size]
    numpy_batch = tensor_batch.numpy()  # converted once, outside the clock
    calls = {name: (lambda run=run: run(tensor_batch, numpy_batch)) for name, run in versions.items()}
    times = {name: [] for name in calls}
    for round_number in range(rounds + 3):
        for name, call in calls.items():
            start = time.perf_counter()
            call()
            if round_number >= 3:  # the first rounds are the warm-up
                times[name].append((time.perf_counter() - start) * 1000)
    return {name: statistics.median(values) for name, values in times.items()}


def run_pytorch(tensor_batch, numpy_batch):
    with torch.inference_mode():
        return model(tensor_batch)


def run_onnx(tensor_batch, numpy_batch):
    return session.run(["logits"], {"images": numpy_batch})


latency = {size: median_ms({"PyTorch eager": run_pytorch, "ONNX Runtime": run_onnx}, size, rounds)
           for size, rounds in ((1, 200), (256, 20))}
for size, measured in latency.items():
    for name, milliseconds in measured.items():
        print(f"batch of {size:3}, {name:13}: {milliseconds:7.3f} ms per batch")
onnx_time_ratio_1 = latency[1]["ONNX Runtime"] / latency[1]["PyTorch eager"]
onnx_time_ratio_256 = latency[256]["ONNX Runtime"] / latency[256]["PyTorch eager"]
print(f"ONNX Runtime takes {onnx_time_ratio_1:.2f} times as long as PyTorch for 1 image, "
      f"{onnx_time_ratio_256:.2f} times as long for 256")

# %% quantize
# torch's own int8 API is deprecated in this torch version: it warns, and this site turns warnings into errors.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    torch.ao.quantization.quantize_dynamic(model, {nn.Linear}, dtype=torch.qint8)
deprecation = str(caught[0].message)
print(f"torch.ao.quantization: {caught[0].category.__name__}: {deprecation.splitlines()[0].strip()}")
print("the message names torchao as the replacement:", "torchao" in deprecation)
assert caught[0].category is DeprecationWarning and "torchao" in deprecation


class CalibrationImages(CalibrationDataReader):
    """Hands quantize_static 8 batches of 64 training images, to measure the range of every activation."""

    def __init__(self):
        self.batches = iter(inputs[start:start + 64].numpy() for start in range(0, 512, 64))

    def get_next(self):
        batch_images = next(self.batches, None)
        return None if batch_images is None else {"images": batch_images}


quant_pre_process("mnist_cnn.onnx", "mnist_cnn_prepared.onnx")  # shape inference and clean-up, as ORT recommends
quantize_static("mnist_cnn_prepared.onnx", "mnist_cnn_int8.onnx", CalibrationImages(),
                quant_format=QuantFormat.QDQ, per_channel=True,  # one scale per output channel of a weight
                weight_type=QuantType.QInt8, activation_type=QuantType.QUInt8)
quantize_dynamic("mnist_cnn_prepared.onnx", "mnist_cnn_dynamic.onnx", weight_type=QuantType.QInt8)
int8_kib = tensors_kib(onnx.load("mnist_cnn_int8.onnx"))
int8_session, dynamic_session = onnx_session("mnist_cnn_int8.onnx"), onnx_session("mnist_cnn_dynamic.onnx")
int8_operators = sorted({node.op_type for node in onnx.load("mnist_cnn_int8.onnx").graph.node})
print(f"mnist_cnn_int8.onnx: {int8_kib:.0f} KiB of weights ({float_kib / int8_kib:.1f} times fewer), "
      f"operators in the file: {' '.join(int8_operators)}")
int8_operators_run = operators_run("mnist_cnn_int8.onnx")
dynamic_operators_run = operators_run("mnist_cnn_dynamic.onnx")
print("ONNX Runtime runs, static int8: ", " ".join(int8_operators_run))
print("ONNX Runtime runs, dynamic int8:", " ".join(sorted(set(dynamic_operators_run))), "(each convolution: "
      f"{' '.join(dynamic_operators_run[:dynamic_operators_run.index('Relu') + 1])})")
assert "QLinearConv" in int8_operators_run and "ConvInteger" in dynamic_operators_run
int8_logits = int8_session.run(["logits"], {"images": held_out.numpy()})[0]
dynamic_logits = dynamic_session.run(["logits"], {"images": held_out.numpy()})[0]
int8_accuracy = (int8_logits.argmax(axis=1) == held_out_labels.numpy()).mean()
dynamic_accuracy = (dynamic_logits.argmax(axis=1) == held_out_labels.numpy()).mean()
int8_disagreements = int((int8_logits.argmax(axis=1) != onnx_logits.argmax(axis=1)).sum())
print(f"held-out accuracy: float {float_accuracy:.4f}, int8 (static) {int8_accuracy:.4f}, "
      f"int8 (dynamic) {dynamic_accuracy:.4f}")
int8_largest_difference = float(np.abs(int8_logits - onnx_logits).max())
print(f"static int8 and float disagree on {int8_disagreements} of {len(held_out)} images; "
      f"largest logit difference {int8_largest_difference:.2f}")
assert int8_kib < float_kib / 3 and abs(int8_accuracy - float_accuracy) < 0.01
assert int8_largest_difference > 100 * largest_difference  # rounding to int8 moves logits far more


def run_int8(tensor_batch, numpy_batch):
    return int8_session.run(["logits"], {"images": numpy_batch})


def run_dynamic(tensor_batch, numpy_batch):
    return dynamic_session.run(["logits"], {"images": numpy_batch})


versions = {"float": run_onnx, "int8 static": run_int8, "int8 dynamic": run_dynamic}
quantized_latency = {size: median_ms(versions, size, rounds) for size, rounds in ((1, 200), (256, 20))}
for size, measured in quantized_latency.items():
    for name, milliseconds in measured.items():
        print(f"ONNX Runtime, batch of {size:3}, {name:12}: {milliseconds:7.3f} ms per batch")
int8_time_ratio_1 = quantized_latency[1]["int8 static"] / quantized_latency[1]["float"]
int8_time_ratio_256 = quantized_latency[256]["int8 static"] / quantized_latency[256]["float"]
dynamic_time_ratio_256 = quantized_latency[256]["int8 dynamic"] / quantized_latency[256]["float"]
print(f"static int8 takes {int8_time_ratio_1:.2f} times as long as float for 1 image, "
      f"{int8_time_ratio_256:.2f} times as long for 256; dynamic int8 {dynamic_time_ratio_256:.2f} times as long")

# %% figure
all_latency = {"PyTorch eager": latency[256]["PyTorch eager"],
               **{f"ORT {name}": milliseconds for name, milliseconds in quantized_latency[256].items()}}
fig, ax = plt.subplots(figsize=(7, 3))
bars = ax.barh(list(all_latency), list(all_latency.values()), color="tab:blue")
for bar, hatch in zip(bars, ["", "//", "..", "xx"]):
    bar.set_hatch(hatch)  # told apart by pattern too, not by colour alone
ax.invert_yaxis()
ax.set_title(f"One batch of 256 held-out digits, {torch.get_num_threads()} thread(s), on this run's machine")
ax.set_xlabel("milliseconds per batch (median)")
ax.set_ylabel("runtime")
fig.tight_layout()
plt.show()

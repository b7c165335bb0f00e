"""SummaryWriter.add_graph traces the model once and writes its graph into the event file; read back, it lists the layers' operations."""
import tempfile
import warnings

import torch
from tensorboard.backend.event_processing.event_accumulator import EventAccumulator
from torch import nn
from torch.utils.tensorboard import SummaryWriter

torch.manual_seed(0)  # the same random numbers on every run
model = nn.Sequential(  # the network of the logging snippet above
    nn.Conv2d(1, 8, kernel_size=3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Flatten(), nn.Linear(8 * 14 * 14, 10),
)

with tempfile.TemporaryDirectory() as log_dir:  # stands in for runs/mnist_cnn
    with SummaryWriter(log_dir=log_dir) as writer:
        # add_graph runs the model on an example input and records its operations with torch.jit.trace,
        # which warns; this site turns warnings into errors, so the snippet records them to print them.
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            writer.add_graph(model, torch.zeros(1, 1, 28, 28))
    events = EventAccumulator(log_dir)
    events.Reload()
    has_graph = events.Tags()["graph"]
    graph = events.Graph()  # a GraphDef: one node per operation, named after the module it ran in

for message in sorted({f"{warning.category.__name__}: {warning.message}" for warning in caught}):
    print(message)
print("the event file holds a graph:", has_graph, f"({len(graph.node)} nodes)")
for node in graph.node:
    if node.op.startswith("aten::"):  # the operations; the other nodes are constants, parameters, input and output
        print(f"  {node.name.rsplit('/', 1)[0]:24s} {node.op}")
assert has_graph

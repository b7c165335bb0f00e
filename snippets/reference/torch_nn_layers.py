"""Run a small example of every public layer class in torch.nn and print the results as Markdown tables."""
import inspect
from collections import defaultdict

import torch
from torch import nn

torch.manual_seed(0)

# Layer name: (how to build it, the input(s) to call it with). Inputs are Python
# expressions over randn, rand and randint, evaluated like the constructors.
EXAMPLES = {
    # Activations
    "CELU": ("nn.CELU()", "randn(4, 8)"),
    "ELU": ("nn.ELU()", "randn(4, 8)"),
    "GELU": ("nn.GELU()", "randn(4, 8)"),
    "GLU": ("nn.GLU(dim=-1)", "randn(4, 8)"),
    "Hardshrink": ("nn.Hardshrink()", "randn(4, 8)"),
    "Hardsigmoid": ("nn.Hardsigmoid()", "randn(4, 8)"),
    "Hardswish": ("nn.Hardswish()", "randn(4, 8)"),
    "Hardtanh": ("nn.Hardtanh()", "randn(4, 8)"),
    "LeakyReLU": ("nn.LeakyReLU(0.01)", "randn(4, 8)"),
    "LogSigmoid": ("nn.LogSigmoid()", "randn(4, 8)"),
    "LogSoftmax": ("nn.LogSoftmax(dim=1)", "randn(4, 8)"),
    "Mish": ("nn.Mish()", "randn(4, 8)"),
    "MultiheadAttention": ("nn.MultiheadAttention(16, num_heads=4, batch_first=True)",
                           "randn(2, 5, 16), randn(2, 5, 16), randn(2, 5, 16)"),
    "PReLU": ("nn.PReLU()", "randn(4, 8)"),
    "RReLU": ("nn.RReLU()", "randn(4, 8)"),
    "ReLU": ("nn.ReLU()", "randn(4, 8)"),
    "ReLU6": ("nn.ReLU6()", "randn(4, 8)"),
    "SELU": ("nn.SELU()", "randn(4, 8)"),
    "SiLU": ("nn.SiLU()", "randn(4, 8)"),
    "Sigmoid": ("nn.Sigmoid()", "randn(4, 8)"),
    "Softmax": ("nn.Softmax(dim=1)", "randn(4, 8)"),
    "Softmax2d": ("nn.Softmax2d()", "randn(2, 3, 4, 4)"),
    "Softmin": ("nn.Softmin(dim=1)", "randn(4, 8)"),
    "Softplus": ("nn.Softplus()", "randn(4, 8)"),
    "Softshrink": ("nn.Softshrink()", "randn(4, 8)"),
    "Softsign": ("nn.Softsign()", "randn(4, 8)"),
    "Tanh": ("nn.Tanh()", "randn(4, 8)"),
    "Tanhshrink": ("nn.Tanhshrink()", "randn(4, 8)"),
    "Threshold": ("nn.Threshold(0.1, 0.0)", "randn(4, 8)"),
    # Convolutions
    "Conv1d": ("nn.Conv1d(3, 6, kernel_size=3)", "randn(2, 3, 16)"),
    "Conv2d": ("nn.Conv2d(3, 6, kernel_size=3)", "randn(2, 3, 16, 16)"),
    "Conv3d": ("nn.Conv3d(3, 6, kernel_size=3)", "randn(2, 3, 8, 8, 8)"),
    "ConvTranspose1d": ("nn.ConvTranspose1d(6, 3, kernel_size=3, stride=2)", "randn(2, 6, 8)"),
    "ConvTranspose2d": ("nn.ConvTranspose2d(6, 3, kernel_size=3, stride=2)", "randn(2, 6, 8, 8)"),
    "ConvTranspose3d": ("nn.ConvTranspose3d(6, 3, kernel_size=3, stride=2)", "randn(2, 6, 4, 4, 4)"),
    "LazyConv1d": ("nn.LazyConv1d(6, kernel_size=3)", "randn(2, 3, 16)"),
    "LazyConv2d": ("nn.LazyConv2d(6, kernel_size=3)", "randn(2, 3, 16, 16)"),
    "LazyConv3d": ("nn.LazyConv3d(6, kernel_size=3)", "randn(2, 3, 8, 8, 8)"),
    "LazyConvTranspose1d": ("nn.LazyConvTranspose1d(3, kernel_size=3, stride=2)", "randn(2, 6, 8)"),
    "LazyConvTranspose2d": ("nn.LazyConvTranspose2d(3, kernel_size=3, stride=2)", "randn(2, 6, 8, 8)"),
    "LazyConvTranspose3d": ("nn.LazyConvTranspose3d(3, kernel_size=3, stride=2)", "randn(2, 6, 4, 4, 4)"),
    "Fold": ("nn.Fold(output_size=(4, 4), kernel_size=2)", "randn(2, 12, 9)"),
    "Unfold": ("nn.Unfold(kernel_size=2)", "randn(2, 3, 4, 4)"),
    # Pooling
    "AdaptiveAvgPool1d": ("nn.AdaptiveAvgPool1d(4)", "randn(2, 3, 16)"),
    "AdaptiveAvgPool2d": ("nn.AdaptiveAvgPool2d((1, 1))", "randn(2, 3, 16, 16)"),
    "AdaptiveAvgPool3d": ("nn.AdaptiveAvgPool3d(2)", "randn(2, 3, 8, 8, 8)"),
    "AdaptiveMaxPool1d": ("nn.AdaptiveMaxPool1d(4)", "randn(2, 3, 16)"),
    "AdaptiveMaxPool2d": ("nn.AdaptiveMaxPool2d((2, 2))", "randn(2, 3, 16, 16)"),
    "AdaptiveMaxPool3d": ("nn.AdaptiveMaxPool3d(2)", "randn(2, 3, 8, 8, 8)"),
    "AvgPool1d": ("nn.AvgPool1d(2)", "randn(2, 3, 16)"),
    "AvgPool2d": ("nn.AvgPool2d(2)", "randn(2, 3, 16, 16)"),
    "AvgPool3d": ("nn.AvgPool3d(2)", "randn(2, 3, 8, 8, 8)"),
    "FractionalMaxPool2d": ("nn.FractionalMaxPool2d(2, output_size=(10, 10))", "randn(2, 3, 16, 16)"),
    "FractionalMaxPool3d": ("nn.FractionalMaxPool3d(2, output_size=(5, 5, 5))", "randn(2, 3, 8, 8, 8)"),
    "LPPool1d": ("nn.LPPool1d(2, kernel_size=2)", "randn(2, 3, 16)"),
    "LPPool2d": ("nn.LPPool2d(2, kernel_size=2)", "randn(2, 3, 16, 16)"),
    "LPPool3d": ("nn.LPPool3d(2, kernel_size=2)", "randn(2, 3, 8, 8, 8)"),
    "MaxPool1d": ("nn.MaxPool1d(2)", "randn(2, 3, 16)"),
    "MaxPool2d": ("nn.MaxPool2d(2)", "randn(2, 3, 16, 16)"),
    "MaxPool3d": ("nn.MaxPool3d(2)", "randn(2, 3, 8, 8, 8)"),
    "MaxUnpool1d": ("nn.MaxUnpool1d(2)", "*nn.MaxPool1d(2, return_indices=True)(randn(2, 3, 16))"),
    "MaxUnpool2d": ("nn.MaxUnpool2d(2)", "*nn.MaxPool2d(2, return_indices=True)(randn(2, 3, 8, 8))"),
    "MaxUnpool3d": ("nn.MaxUnpool3d(2)", "*nn.MaxPool3d(2, return_indices=True)(randn(2, 3, 4, 4, 4))"),
    # Padding
    **{f"{kind}Pad{d}d": (f"nn.{kind}Pad{d}d({'1, 0.5' if kind == 'Constant' else '1'})",
                          f"randn(2, 3{', 6' * d})")
       for kind in ("Circular", "Constant", "Reflection", "Replication", "Zero") for d in (1, 2, 3)},
    # Normalization
    "BatchNorm1d": ("nn.BatchNorm1d(8)", "randn(4, 8)"),
    "BatchNorm2d": ("nn.BatchNorm2d(3)", "randn(4, 3, 8, 8)"),
    "BatchNorm3d": ("nn.BatchNorm3d(3)", "randn(4, 3, 4, 4, 4)"),
    "LazyBatchNorm1d": ("nn.LazyBatchNorm1d()", "randn(4, 8)"),
    "LazyBatchNorm2d": ("nn.LazyBatchNorm2d()", "randn(4, 3, 8, 8)"),
    "LazyBatchNorm3d": ("nn.LazyBatchNorm3d()", "randn(4, 3, 4, 4, 4)"),
    "InstanceNorm1d": ("nn.InstanceNorm1d(3)", "randn(4, 3, 16)"),
    "InstanceNorm2d": ("nn.InstanceNorm2d(3)", "randn(4, 3, 8, 8)"),
    "InstanceNorm3d": ("nn.InstanceNorm3d(3)", "randn(4, 3, 4, 4, 4)"),
    "LazyInstanceNorm1d": ("nn.LazyInstanceNorm1d()", "randn(4, 3, 16)"),
    "LazyInstanceNorm2d": ("nn.LazyInstanceNorm2d()", "randn(4, 3, 8, 8)"),
    "LazyInstanceNorm3d": ("nn.LazyInstanceNorm3d()", "randn(4, 3, 4, 4, 4)"),
    "GroupNorm": ("nn.GroupNorm(2, 6)", "randn(4, 6, 8, 8)"),
    "LayerNorm": ("nn.LayerNorm(16)", "randn(4, 5, 16)"),
    "RMSNorm": ("nn.RMSNorm(16)", "randn(4, 5, 16)"),
    "LocalResponseNorm": ("nn.LocalResponseNorm(2)", "randn(4, 6, 8, 8)"),
    "CrossMapLRN2d": ("nn.CrossMapLRN2d(3)", "randn(4, 6, 8, 8)"),
    # Linear
    "Linear": ("nn.Linear(20, 30)", "randn(4, 20)"),
    "LazyLinear": ("nn.LazyLinear(30)", "randn(4, 20)"),
    "Bilinear": ("nn.Bilinear(20, 10, 30)", "randn(4, 20), randn(4, 10)"),
    "Identity": ("nn.Identity()", "randn(4, 20)"),
    # Dropout
    "Dropout": ("nn.Dropout(0.5)", "randn(4, 8)"),
    "Dropout1d": ("nn.Dropout1d(0.5)", "randn(4, 3, 16)"),
    "Dropout2d": ("nn.Dropout2d(0.5)", "randn(4, 3, 8, 8)"),
    "Dropout3d": ("nn.Dropout3d(0.5)", "randn(4, 3, 4, 4, 4)"),
    "AlphaDropout": ("nn.AlphaDropout(0.5)", "randn(4, 8)"),
    "FeatureAlphaDropout": ("nn.FeatureAlphaDropout(0.5)", "randn(4, 3, 8, 8)"),
    # Recurrent
    "RNN": ("nn.RNN(10, 20, batch_first=True)", "randn(2, 5, 10)"),
    "LSTM": ("nn.LSTM(10, 20, batch_first=True)", "randn(2, 5, 10)"),
    "GRU": ("nn.GRU(10, 20, batch_first=True)", "randn(2, 5, 10)"),
    "RNNCell": ("nn.RNNCell(10, 20)", "randn(2, 10)"),
    "LSTMCell": ("nn.LSTMCell(10, 20)", "randn(2, 10)"),
    "GRUCell": ("nn.GRUCell(10, 20)", "randn(2, 10)"),
    # Transformer
    "TransformerEncoderLayer": ("nn.TransformerEncoderLayer(16, nhead=4, dim_feedforward=32, batch_first=True)",
                                "randn(2, 5, 16)"),
    "TransformerDecoderLayer": ("nn.TransformerDecoderLayer(16, nhead=4, dim_feedforward=32, batch_first=True)",
                                "randn(2, 5, 16), randn(2, 7, 16)"),
    "TransformerEncoder": ("nn.TransformerEncoder(nn.TransformerEncoderLayer(16, 4, 32, batch_first=True), "
                           "num_layers=2, enable_nested_tensor=False)", "randn(2, 5, 16)"),
    "TransformerDecoder": ("nn.TransformerDecoder(nn.TransformerDecoderLayer(16, 4, 32, batch_first=True), "
                           "num_layers=2)", "randn(2, 5, 16), randn(2, 7, 16)"),
    "Transformer": ("nn.Transformer(16, nhead=4, num_encoder_layers=1, num_decoder_layers=1, "
                    "dim_feedforward=32, batch_first=True)", "randn(2, 7, 16), randn(2, 5, 16)"),
    # Sparse
    "Embedding": ("nn.Embedding(100, 8)", "randint(100, (4, 6))"),
    "EmbeddingBag": ("nn.EmbeddingBag(100, 8, mode='mean')", "randint(100, (4, 6))"),
    # Distance
    "CosineSimilarity": ("nn.CosineSimilarity(dim=1)", "randn(4, 8), randn(4, 8)"),
    "PairwiseDistance": ("nn.PairwiseDistance()", "randn(4, 8), randn(4, 8)"),
    # Losses: (prediction, target, ...)
    "L1Loss": ("nn.L1Loss()", "randn(4, 3), randn(4, 3)"),
    "MSELoss": ("nn.MSELoss()", "randn(4, 3), randn(4, 3)"),
    "HuberLoss": ("nn.HuberLoss()", "randn(4, 3), randn(4, 3)"),
    "SmoothL1Loss": ("nn.SmoothL1Loss()", "randn(4, 3), randn(4, 3)"),
    "CrossEntropyLoss": ("nn.CrossEntropyLoss()", "randn(4, 10), randint(10, (4,))"),
    "NLLLoss": ("nn.NLLLoss()", "randn(4, 10).log_softmax(1), randint(10, (4,))"),
    "BCELoss": ("nn.BCELoss()", "rand(4, 3), rand(4, 3).round()"),
    "BCEWithLogitsLoss": ("nn.BCEWithLogitsLoss()", "randn(4, 3), rand(4, 3).round()"),
    "KLDivLoss": ("nn.KLDivLoss(reduction='batchmean')", "randn(4, 10).log_softmax(1), randn(4, 10).softmax(1)"),
    "PoissonNLLLoss": ("nn.PoissonNLLLoss()", "randn(4, 3), rand(4, 3) * 5"),
    "GaussianNLLLoss": ("nn.GaussianNLLLoss()", "randn(4, 3), randn(4, 3), rand(4, 3) + 0.1"),
    "CTCLoss": ("nn.CTCLoss()", "randn(12, 2, 5).log_softmax(2), randint(1, 5, (2, 4)), "
                                "torch.tensor([12, 12]), torch.tensor([4, 3])"),
    "HingeEmbeddingLoss": ("nn.HingeEmbeddingLoss()", "randn(4, 3), torch.tensor([1., -1., 1.]).expand(4, 3)"),
    "CosineEmbeddingLoss": ("nn.CosineEmbeddingLoss()", "randn(4, 8), randn(4, 8), torch.tensor([1, -1, 1, -1])"),
    "MarginRankingLoss": ("nn.MarginRankingLoss()", "randn(4), randn(4), torch.tensor([1, -1, 1, -1])"),
    "MultiLabelMarginLoss": ("nn.MultiLabelMarginLoss()", "randn(2, 4), torch.tensor([[3, 0, -1, 1], [1, -1, 0, 0]])"),
    "MultiLabelSoftMarginLoss": ("nn.MultiLabelSoftMarginLoss()", "randn(4, 5), rand(4, 5).round()"),
    "MultiMarginLoss": ("nn.MultiMarginLoss()", "randn(4, 10), randint(10, (4,))"),
    "SoftMarginLoss": ("nn.SoftMarginLoss()", "randn(4, 3), torch.tensor([1., -1., 1.]).expand(4, 3)"),
    "TripletMarginLoss": ("nn.TripletMarginLoss()", "randn(4, 8), randn(4, 8), randn(4, 8)"),
    "TripletMarginWithDistanceLoss": ("nn.TripletMarginWithDistanceLoss()", "randn(4, 8), randn(4, 8), randn(4, 8)"),
    "LinearCrossEntropyLoss": ("nn.LinearCrossEntropyLoss(16, 10)", "randn(4, 16), randint(10, (4,))"),
    "AdaptiveLogSoftmaxWithLoss": ("nn.AdaptiveLogSoftmaxWithLoss(16, 100, cutoffs=[10, 50])",
                                   "randn(4, 16), randint(100, (4,))"),
    # Shuffling, upsampling, reshaping
    "PixelShuffle": ("nn.PixelShuffle(2)", "randn(2, 12, 4, 4)"),
    "PixelUnshuffle": ("nn.PixelUnshuffle(2)", "randn(2, 3, 8, 8)"),
    "ChannelShuffle": ("nn.ChannelShuffle(2)", "randn(2, 4, 3, 3)"),
    "Upsample": ("nn.Upsample(scale_factor=2, mode='nearest')", "randn(2, 3, 4, 4)"),
    "Flatten": ("nn.Flatten()", "randn(2, 3, 4, 4)"),
    "Unflatten": ("nn.Unflatten(1, (3, 4, 4))", "randn(2, 48)"),
    # Containers
    "Sequential": ("nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 2))", "randn(4, 8)"),
}

# Layers without a runnable example here, and why.
NOT_RUN = {
    "Module": "the base class of every layer and model; see Building models",
    "Container": "deprecated alias kept for old code; use nn.Sequential or nn.ModuleList",
    "RNNBase": "base class of RNN, LSTM and GRU; use those",
    "RNNCellBase": "base class of RNNCell, LSTMCell and GRUCell; use those",
    "ModuleList": "holds sub-modules, has no forward of its own; see Containers",
    "ModuleDict": "holds sub-modules, has no forward of its own; see Containers",
    "ParameterList": "holds parameters, has no forward of its own; see Containers",
    "ParameterDict": "holds parameters, has no forward of its own; see Containers",
    "SyncBatchNorm": "needs a process group of several processes on GPUs (distributed training)",
    "DataParallel": "splits batches across several GPUs; DistributedDataParallel is the recommended way",
    "NLLLoss2d": "deprecated: nn.NLLLoss takes inputs of any dimension",
    "UpsamplingBilinear2d": "deprecated (warns when called): use nn.Upsample(mode='bilinear', align_corners=True)",
    "UpsamplingNearest2d": "deprecated (warns when called): use nn.Upsample(mode='nearest')",
}

# Headings for the files of torch/nn/modules/ that define the layers.
TITLES = {
    "activation": "Activations", "adaptive": "Adaptive softmax", "batchnorm": "Batch normalization",
    "channelshuffle": "Channel shuffle", "container": "Containers", "conv": "Convolutions",
    "data_parallel": "Data parallel", "distance": "Distances", "dropout": "Dropout",
    "flatten": "Flatten and unflatten", "fold": "Fold and unfold", "instancenorm": "Instance normalization",
    "linear": "Linear", "loss": "Losses", "module": "Module", "normalization": "Other normalization",
    "padding": "Padding", "pixelshuffle": "Pixel shuffle", "pooling": "Pooling", "rnn": "Recurrent",
    "sparse": "Embeddings", "transformer": "Transformer", "upsampling": "Upsampling",
}

# The chapter that explains each group of layers.
CHAPTERS = {
    "activation": "../layers/activations.md", "conv": "../layers/convolution.md",
    "fold": "../layers/convolution.md", "pooling": "../layers/pooling.md",
    "padding": "../layers/upsampling.md", "batchnorm": "../layers/normalization.md",
    "instancenorm": "../layers/normalization.md", "normalization": "../layers/normalization.md",
    "linear": "../layers/linear.md", "dropout": "../layers/regularization.md",
    "rnn": "../layers/recurrent.md", "transformer": "../layers/transformer.md",
    "container": "../layers/containers.md", "flatten": "../layers/containers.md",
    "sparse": "../layers/embeddings.md", "upsampling": "../layers/upsampling.md",
    "pixelshuffle": "../layers/upsampling.md", "loss": "../training/losses.md",
    "distance": "../training/distances.md",
}

# The chapter that builds each class in its code and explains it (tests/test_nn_reference.py
# checks both, and that no class a group's chapter teaches is missing here).
TAUGHT_IN = {name: chapter for chapter, names in {
    "../layers/activations.md": ["CELU", "ELU", "GELU", "GLU", "Hardshrink", "Hardsigmoid",
                                 "Hardswish", "Hardtanh", "LeakyReLU", "LogSigmoid", "LogSoftmax",
                                 "Mish", "PReLU", "RReLU", "ReLU", "ReLU6", "SELU", "SiLU",
                                 "Sigmoid", "Softmax", "Softmin", "Softplus", "Softshrink",
                                 "Softsign", "Tanh", "Tanhshrink", "Threshold"],
    "../layers/containers.md": ["Flatten", "Module", "ModuleDict", "ModuleList", "ParameterDict",
                                "ParameterList", "Sequential"],
    "../layers/convolution.md": ["Conv2d"],
    "../layers/embeddings.md": ["Embedding", "EmbeddingBag"],
    "../layers/linear.md": ["Bilinear", "Identity", "LazyLinear", "Linear"],
    "../layers/normalization.md": ["BatchNorm1d", "BatchNorm2d", "GroupNorm", "InstanceNorm2d",
                                   "LayerNorm"],
    "../layers/pooling.md": ["AdaptiveAvgPool2d", "AvgPool2d", "MaxPool2d", "MaxUnpool2d"],
    "../layers/recurrent.md": ["GRU", "LSTM", "RNN"],
    "../layers/regularization.md": ["Dropout", "Dropout2d"],
    "../layers/transformer.md": ["MultiheadAttention", "Transformer", "TransformerEncoder",
                                 "TransformerEncoderLayer"],
    "../layers/upsampling.md": ["CircularPad2d", "ConstantPad2d", "ConvTranspose2d", "PixelShuffle",
                                "PixelUnshuffle", "ReflectionPad2d", "ReplicationPad2d", "Upsample",
                                "ZeroPad2d"],
    "../training/distances.md": ["CTCLoss", "CosineSimilarity", "KLDivLoss", "PairwiseDistance",
                                 "TripletMarginLoss"],
    "../training/losses.md": ["BCELoss", "BCEWithLogitsLoss", "CrossEntropyLoss", "HuberLoss",
                              "L1Loss", "MSELoss", "NLLLoss", "SmoothL1Loss"],
}.items() for name in names}


def layer_classes():
    """Every public nn.Module subclass that torch.nn exports, grouped by the file that defines it."""
    groups = defaultdict(list)
    for name, obj in sorted(vars(nn).items()):
        if inspect.isclass(obj) and issubclass(obj, nn.Module) and not name.startswith("_"):
            groups[obj.__module__.rsplit(".", 1)[-1]].append(name)
    return groups


def shape_of(value):
    if isinstance(value, torch.Tensor):
        return str(tuple(value.shape))
    if isinstance(value, (tuple, list)):
        return ", ".join(shape_of(v) for v in value)
    return type(value).__name__


def run_example(build, inputs):
    names = {"nn": nn, "torch": torch, "randn": torch.randn, "rand": torch.rand, "randint": torch.randint}
    layer = eval(build, names)
    args = eval(f"({inputs},)", names)
    output = layer(*args)
    if isinstance(output, torch.Tensor) is False and hasattr(output, "output"):
        output = output.output  # AdaptiveLogSoftmaxWithLoss returns a named tuple
    inputs_shape = shape_of(args)
    parameters = sum(p.numel() for p in layer.parameters())
    return inputs_shape, shape_of(output), parameters


groups = layer_classes()
every_class = {name for names in groups.values() for name in names}
unaccounted = every_class - EXAMPLES.keys() - NOT_RUN.keys()
assert not unaccounted, f"torch.nn layers with neither an example nor a reason: {sorted(unaccounted)}"
stale = (EXAMPLES.keys() | NOT_RUN.keys()) - every_class
assert not stale, f"examples for classes torch.nn no longer has: {sorted(stale)}"

taught = every_class & TAUGHT_IN.keys()
print(f"torch {torch.__version__}: {len(every_class)} public layer classes in torch.nn, "
      f"{sum(n in EXAMPLES for n in every_class)} run below, {len(NOT_RUN)} listed with a reason. "
      f"{len(taught)} of the {len(every_class)} are taught in a chapter of this site: their names "
      f"link to it.\n")
for group, names in sorted(groups.items()):
    chapter = CHAPTERS.get(group)
    print(f"## {TITLES.get(group, group)}\n")
    if chapter:
        print(f"Explained in [this chapter]({chapter}).\n")
    print("| layer | built as | input shape(s) | output shape | parameters |")
    print("| --- | --- | --- | --- | ---: |")
    for name in names:
        shown = f"[`{name}`]({TAUGHT_IN[name]})" if name in TAUGHT_IN else f"`{name}`"
        if name in NOT_RUN:
            print(f"| {shown} | not run: {NOT_RUN[name]} | | | |")
            continue
        build, inputs = EXAMPLES[name]
        inputs_shape, output_shape, parameters = run_example(build, inputs)
        print(f"| {shown} | `{build}` | {inputs_shape} | {output_shape} | {parameters:,} |")
    print()

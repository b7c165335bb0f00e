# %% data
"""Pretrain a small CNN on five CIFAR-10 classes, then adapt it to the other five from 50 images per class."""
# snippet-threads: 2
# snippet-timeout: 900
import copy
import os
from collections import OrderedDict

import matplotlib.pyplot as plt
import torch
from torch import nn

from tutorial_data import CIFAR10_CLASSES, load_cifar10

torch.manual_seed(0)  # the same random numbers on every run
accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")

train_images, train_labels = load_cifar10("train")
test_images, test_labels = load_cifar10("test")
source_classes, target_classes = [0, 1, 2, 3, 4], [5, 6, 7, 8, 9]
print("source task:", [CIFAR10_CLASSES[c] for c in source_classes])
print("target task:", [CIFAR10_CLASSES[c] for c in target_classes])


def take(images, labels, classes, per_class, every=1):
    """`per_class` images of each class (every `every`-th one), relabelled 0 to 4 in the order of `classes`."""
    chosen_images, chosen_labels = [], []
    for new_label, c in enumerate(classes):
        # Select by label: the copy is sorted by class, so slicing the first images would give one class.
        of_class = images[labels == c][::every][:per_class]
        chosen_images.append(of_class)
        chosen_labels.append(torch.full((len(of_class),), new_label))
    return torch.cat(chosen_images).to(device), torch.cat(chosen_labels).to(device)


# Pretraining: all 5,000 training images of each source class. Adapting: 50 of each target class.
source_train = take(train_images, train_labels, source_classes, per_class=5000)
target_train = take(train_images, train_labels, target_classes, per_class=50)
# Every 5th test image of each class: 200 per class, 1,000 per task.
source_test = take(test_images, test_labels, source_classes, per_class=200, every=5)
target_test = take(test_images, test_labels, target_classes, per_class=200, every=5)
print(f"pretraining images {len(source_train[0]):,}, target training images {len(target_train[0])}, "
      f"test images {len(source_test[0]):,} (source) and {len(target_test[0]):,} (target)")

# The normalisation belongs to the pretrained weights: computed once on the pretraining images,
# then used unchanged for the target task, as ImageNet's numbers are for torchvision's weights.
pixels = source_train[0].float() / 255
mean, std = pixels.mean(dim=(0, 2, 3), keepdim=True), pixels.std(dim=(0, 2, 3), keepdim=True)


def normalize(images):
    return (images.float() / 255 - mean) / std


# %% model
def conv_block(channels_in, channels_out):
    return nn.Sequential(nn.Conv2d(channels_in, channels_out, 3, padding=1, bias=False),
                         nn.BatchNorm2d(channels_out), nn.ReLU(), nn.MaxPool2d(2))


def make_model():
    """A body that turns an image into 64 features, and a head that turns them into 5 class scores."""
    body = nn.Sequential(conv_block(3, 16), conv_block(16, 32), conv_block(32, 64),
                         nn.AdaptiveAvgPool2d(1), nn.Flatten())
    return nn.Sequential(OrderedDict(body=body, head=nn.Linear(64, 5))).to(device)


def predict(model, images):
    was_training = model.training
    model.eval()
    with torch.no_grad():
        predicted = torch.cat([model(normalize(batch)).argmax(dim=1) for batch in images.split(500)])
    model.train(was_training)
    return predicted


def accuracy(model, data):
    images, labels = data
    return (predict(model, images) == labels).float().mean().item()


def train(model, optimizer, data, steps, set_modes, batch_size=50, scheduler=None, test=None, evaluate_every=25):
    """`steps` steps on random batches, each image flipped left-right at random.

    `set_modes(model)` puts the model in the modes it trains in, before every step.
    Returns the test accuracy every `evaluate_every` steps, as (step, accuracy) pairs."""
    images, labels = data
    generator = torch.Generator().manual_seed(1)  # the same batches for every model
    curve = []
    for step in range(steps + 1):
        if test is not None and step % evaluate_every == 0:
            curve.append((step, accuracy(model, test)))
        if step == steps:
            return curve
        set_modes(model)
        batch = torch.randint(len(images), (batch_size,), generator=generator).to(device)
        flip = (torch.rand(batch_size, generator=generator) < 0.5).to(device)
        x = torch.where(flip[:, None, None, None], images[batch].flip(3), images[batch])
        loss = nn.functional.cross_entropy(model(normalize(x)), labels[batch])
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        if scheduler is not None:
            scheduler.step()


# %% pretrain
pretrained = make_model()
print(pretrained)
# Two epochs over the 25,000 source images: 500 steps of 100.
optimizer = torch.optim.Adam(pretrained.parameters(), lr=4e-3)
scheduler = torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=4e-3, total_steps=500)
train(pretrained, optimizer, source_train, steps=500, set_modes=nn.Module.train, batch_size=100,
      scheduler=scheduler)
source_accuracy = accuracy(pretrained, source_test)
print(f"pretrained: {source_accuracy:.1%} of the 1,000 source test images right")

# %% freeze
# Feature extraction: a copy of the pretrained model, a new head for the new classes,
# and a body that does not learn.
torch.manual_seed(0)
extractor = copy.deepcopy(pretrained)
extractor.head = nn.Linear(64, 5).to(device)  # new and random: the old head scored the old classes
extractor.body.requires_grad_(False)          # sets requires_grad = False on every parameter of the body


def count(parameters):
    return sum(p.numel() for p in parameters)


trainable_names = [name for name, p in extractor.named_parameters() if p.requires_grad]
extractor_trainable = count(p for p in extractor.parameters() if p.requires_grad)
extractor_total = count(extractor.parameters())
print("parameters that train:", trainable_names)
print(f"{extractor_trainable:,} of {extractor_total:,} parameters train")
assert trainable_names == ["head.weight", "head.bias"]
# Nothing in the body requires a gradient, so autograd records no graph through it.
extractor.eval()  # in train mode, even this one forward pass would change BatchNorm's statistics
features = extractor.body(normalize(target_train[0][:2]))
print(f"the body's output: requires_grad={features.requires_grad}, grad_fn={features.grad_fn}")
assert features.grad_fn is None
# The optimizer gets the trainable parameters only.
extract_optimizer = torch.optim.Adam([p for p in extractor.parameters() if p.requires_grad], lr=1e-2)

# %% groups
# Full fine-tuning: everything trains, the pretrained body ten times more gently than the new head.
torch.manual_seed(0)
finetuned = copy.deepcopy(pretrained)
finetuned.head = nn.Linear(64, 5).to(device)
finetune_optimizer = torch.optim.Adam([
    {"params": finetuned.body.parameters(), "lr": 1e-3},
    {"params": finetuned.head.parameters(), "lr": 1e-2},
])
for index, group in enumerate(finetune_optimizer.param_groups):
    shapes = [tuple(p.shape) for p in group["params"]]
    print(f"group {index}: lr {group['lr']}, {count(group['params']):,} parameters in {len(shapes)} tensors, "
          f"first {shapes[0]}")
body_lr, head_lr = (group["lr"] for group in finetune_optimizer.param_groups)

# %% compare
STEPS = 150  # batches of 50 drawn from the 250 target images: 30 epochs


def frozen_body_in_eval_mode(model):
    model.train()
    model.body.eval()  # the frozen body's BatchNorm layers use, and keep, the pretrained statistics


torch.manual_seed(0)
scratch = make_model()
scratch_optimizer = torch.optim.Adam(scratch.parameters(), lr=1e-2)
runs = {
    "feature extraction": train(extractor, extract_optimizer, target_train, STEPS,
                                frozen_body_in_eval_mode, test=target_test),
    "full fine-tuning": train(finetuned, finetune_optimizer, target_train, STEPS,
                              nn.Module.train, test=target_test),
    "from scratch": train(scratch, scratch_optimizer, target_train, STEPS,
                          nn.Module.train, test=target_test),
}
print("test accuracy at step", " ".join(f"{step:>4d}" for step, _ in runs["from scratch"]))
for name, curve in runs.items():
    print(f"{name:20s}", " ".join(f"{acc:4.0%}" for _, acc in curve))
extraction_accuracy = runs["feature extraction"][-1][1]
finetuning_accuracy = runs["full fine-tuning"][-1][1]
scratch_accuracy = runs["from scratch"][-1][1]
# Both ways of reusing the pretrained body end 5 points or more above training from scratch.
assert min(extraction_accuracy, finetuning_accuracy) > scratch_accuracy + 0.05
# ... and they are most of the way there after the first 25 steps.
assert all(runs[name][1][1] > 0.8 * runs[name][-1][1] for name in ("feature extraction", "full fine-tuning"))
assert abs(finetuning_accuracy - extraction_accuracy) < 0.05  # no clear winner with 250 images
# The fresh network knows its 250 training images far better than the classes.
scratch_training_accuracy = accuracy(scratch, target_train)
print(f"from scratch: {scratch_training_accuracy:.0%} of its training images right, "
      f"{scratch_accuracy:.0%} of the test images")
assert scratch_training_accuracy > scratch_accuracy + 0.1

fig, ax = plt.subplots(figsize=(8, 4.5))
for (name, curve), marker, linestyle in zip(runs.items(), "os^", ["-", "--", ":"]):
    steps, accuracies = zip(*curve)
    ax.plot(steps, accuracies, marker=marker, linestyle=linestyle, label=name)
ax.axhline(0.2, color="gray", linewidth=1, label="chance (5 classes)")
ax.set_title(f"Dog, frog, horse, ship, truck from {len(target_train[0])} labelled images")
ax.set_xlabel("training step (batches of 50)")
ax.set_ylabel("accuracy on 1,000 target test images")
ax.set_ylim(0, 1)
ax.legend()
plt.show()

# %% batchnorm
# The same feature extraction, with the whole model in train mode: body.requires_grad_(False)
# only, no body.eval().
torch.manual_seed(0)
drifting = copy.deepcopy(pretrained)
drifting.head = nn.Linear(64, 5).to(device)
drifting.body.requires_grad_(False)
drifting_optimizer = torch.optim.Adam(drifting.head.parameters(), lr=1e-2)
train(drifting, drifting_optimizer, target_train, STEPS, nn.Module.train)

first_batchnorm = "body.0.1"  # the BatchNorm2d of the first conv block
print(f"{first_batchnorm}.running_mean[:4] pretrained:    {pretrained.get_submodule(first_batchnorm).running_mean[:4]}")
print(f"{first_batchnorm}.running_mean[:4] after training: {drifting.get_submodule(first_batchnorm).running_mean[:4]}")
parameters_unchanged = all(torch.equal(p, q) for p, q in zip(pretrained.body.parameters(),
                                                             drifting.body.parameters()))
changed_buffers = [name for (name, a), b in zip(pretrained.body.named_buffers(), drifting.body.buffers())
                   if not torch.equal(a, b)]
print(f"body parameters unchanged: {parameters_unchanged}; buffers changed: {changed_buffers}")
assert parameters_unchanged and len(changed_buffers) == 9  # running_mean, running_var, num_batches_tracked × 3
# With body.eval() (the feature extraction above), the body is exactly the pretrained one.
extractor_body_unchanged = all(torch.equal(a, b) for a, b in zip(pretrained.body.state_dict().values(),
                                                                  extractor.body.state_dict().values()))
print("with body.eval(), the body's state_dict is the pretrained one:", extractor_body_unchanged)
assert extractor_body_unchanged

drifting_accuracy = accuracy(drifting, target_test)
print(f"target test accuracy: frozen body in eval mode {extraction_accuracy:.1%}, "
      f"in train mode {drifting_accuracy:.1%}")
assert abs(extraction_accuracy - drifting_accuracy) < 0.03  # on the target task, a small difference here
# Put the source head back on each body: does it still answer the source task as before?
drifting.head, extractor.head = copy.deepcopy(pretrained.head), copy.deepcopy(pretrained.head)
pretrained_answers = predict(pretrained, source_test[0])
changed_answers_drifted = (predict(drifting, source_test[0]) != pretrained_answers).sum().item()
changed_answers_eval = (predict(extractor, source_test[0]) != pretrained_answers).sum().item()
source_accuracy_drifted = accuracy(drifting, source_test)
print(f"source task, pretrained head on the body trained in eval mode: {changed_answers_eval} answers changed")
print(f"source task, pretrained head on the body trained in train mode: {changed_answers_drifted} answers changed, "
      f"accuracy {source_accuracy:.1%} -> {source_accuracy_drifted:.1%}")
assert changed_answers_eval == 0 and changed_answers_drifted > 0

# %% normalization
# A pretrained model expects its inputs normalised as they were during pretraining.
preparations = {
    "the pretraining mean and std": normalize,
    "none (pixels / 255)": lambda images: images.float() / 255,
    "0.5 and 0.5 (a common default)": lambda images: (images.float() / 255 - 0.5) / 0.5,
}
pretrained.eval()
normalization_accuracy = {}
for name, prepare in preparations.items():
    with torch.no_grad():
        predicted = pretrained(prepare(source_test[0])).argmax(dim=1)
    normalization_accuracy[name] = (predicted == source_test[1]).float().mean().item()
    print(f"source test accuracy, inputs normalised with {name:30s} {normalization_accuracy[name]:.1%}")
unnormalized_accuracy = normalization_accuracy["none (pixels / 255)"]
half_normalized_accuracy = normalization_accuracy["0.5 and 0.5 (a common default)"]
assert max(unnormalized_accuracy, half_normalized_accuracy) < source_accuracy - 0.05

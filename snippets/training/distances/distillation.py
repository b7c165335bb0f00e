"""Knowledge distillation: a small MNIST network learns from a bigger one's probabilities (KLDivLoss)."""
import os

import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F
from torch import nn

from tutorial_data import load_mnist

torch.manual_seed(0)
accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")

LABELLED = 1000  # how many of the 8,000 training images have a label
TEMPERATURE = 2.0
BATCH_SIZE = 64
STUDENT_STEPS = 1500
MEASURE_EVERY = 100

images, labels = load_mnist("test")
images = images.unsqueeze(1).float() / 255  # [10000, 1, 28, 28]
shuffled = torch.randperm(len(labels))
images, labels = images[shuffled].to(device), labels[shuffled].to(device)
# 8,000 training images, but labels for the first LABELLED only: labelling is what costs.
labelled_images, labelled_labels = images[:LABELLED], labels[:LABELLED]
training_images = images[:8000]  # the labelled ones, then 7,000 whose labels are never used
held_out_images, held_out_labels = images[8000:], labels[8000:]


def held_out_accuracy(model):
    with torch.no_grad():
        return (model(held_out_images).argmax(dim=1) == held_out_labels).float().mean().item()


def train(model, image_pool, loss_of, steps):
    """Adam on random batches of image_pool; loss_of(outputs, batch) says what the outputs should be.
    Returns the held-out accuracy every MEASURE_EVERY steps."""
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    batches = torch.Generator().manual_seed(1)  # the same stream of random batches for every network
    accuracies = []
    for step in range(1, steps + 1):
        batch = torch.randint(len(image_pool), (BATCH_SIZE,), generator=batches).to(device)
        loss = loss_of(model(image_pool[batch]), batch)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        if step % MEASURE_EVERY == 0:
            accuracies.append(held_out_accuracy(model))
    return accuracies


def with_labels(outputs, batch):
    return F.cross_entropy(outputs, labelled_labels[batch])


# The teacher: a small CNN, with many more parameters than the student below, trained on the labelled images.
teacher = nn.Sequential(
    nn.Conv2d(1, 16, kernel_size=5, stride=2, padding=2), nn.ReLU(),  # 16 x 14 x 14
    nn.Conv2d(16, 32, kernel_size=3, stride=2, padding=1), nn.ReLU(),  # 32 x 7 x 7
    nn.Flatten(), nn.Linear(32 * 7 * 7, 128), nn.ReLU(), nn.Linear(128, 10)).to(device)
train(teacher, labelled_images, with_labels, steps=600)
teacher_accuracy = held_out_accuracy(teacher)
with torch.no_grad():
    teacher_logits = teacher(training_images)  # once: the teacher does not change any more

kl_div = nn.KLDivLoss(reduction="batchmean", log_target=True)


def from_teacher(outputs, batch):
    """KL(teacher || student), both softened by the temperature; T² keeps the gradient's size as T changes."""
    student_log_probabilities = F.log_softmax(outputs / TEMPERATURE, dim=1)
    teacher_log_probabilities = F.log_softmax(teacher_logits[batch] / TEMPERATURE, dim=1)
    return kl_div(student_log_probabilities, teacher_log_probabilities) * TEMPERATURE ** 2


def student():
    torch.manual_seed(1)  # every student starts from the same weights
    return nn.Sequential(nn.Flatten(), nn.Linear(784, 32), nn.ReLU(), nn.Linear(32, 10)).to(device)


def parameters(model):
    return sum(p.numel() for p in model.parameters())


# Three copies of the student, each trained for STUDENT_STEPS steps: the accuracy every MEASURE_EVERY steps.
alone_curve = train(student(), labelled_images, with_labels, STUDENT_STEPS)
same_images_curve = train(student(), labelled_images, from_teacher, STUDENT_STEPS)
unlabelled_too_curve = train(student(), training_images, from_teacher, STUDENT_STEPS)
curves = {
    f"student alone, on the labels of {LABELLED:,} images": alone_curve,
    f"distilled on the same {LABELLED:,} images": same_images_curve,
    f"distilled on all 8,000 images, {8000 - LABELLED:,} unlabelled": unlabelled_too_curve,
}
parameter_ratio = parameters(teacher) / parameters(student())
print(f"teacher: {parameters(teacher):,} parameters, held-out accuracy {teacher_accuracy:.2%}")
print(f"each student: {parameters(student()):,} parameters, {STUDENT_STEPS} steps of {BATCH_SIZE} images")
for name, accuracies in curves.items():
    print(f"  {name:50s} {accuracies[-1]:.2%}")
alone_accuracy, same_images_accuracy, unlabelled_too_accuracy = alone_curve[-1], same_images_curve[-1], unlabelled_too_curve[-1]
gain = unlabelled_too_accuracy - alone_accuracy
same_images_difference = same_images_accuracy - alone_accuracy
# A yardstick for the noise: the standard error of one accuracy measured on 2,000 held-out images.
standard_error = (alone_accuracy * (1 - alone_accuracy) / len(held_out_labels)) ** 0.5
gain_in_standard_errors = gain / standard_error
print(f"gain with the unlabelled images {gain:+.2%}, on the same images {same_images_difference:+.2%}; "
      f"standard error of one accuracy {standard_error:.2%}")
# The claims of the text: a clear gain with the unlabelled images, none to speak of on the same images.
assert gain > 2 * standard_error and unlabelled_too_accuracy > same_images_accuracy + 0.005
assert abs(same_images_difference) < 0.01
# ...and the student with the larger, unlabelled set starts slower (the first point of the figure).
assert unlabelled_too_curve[0] < alone_curve[0]

fig, ax = plt.subplots(figsize=(8, 4.5), layout="constrained")
steps = range(MEASURE_EVERY, STUDENT_STEPS + 1, MEASURE_EVERY)
for name, accuracies in curves.items():
    ax.plot(steps, accuracies, marker="o", markersize=3, label=name)
ax.axhline(teacher_accuracy, color="gray", linestyle="--", label="teacher")
ax.set_xlabel("training step of the student")
ax.set_ylabel("held-out accuracy")
ax.set_title("A small MNIST network: taught by labels, or by a bigger network's probabilities")
ax.legend()
plt.show()

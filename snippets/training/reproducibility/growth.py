"""How a difference in the last bit of one weight grows during training, at two learning rates."""
import os

import matplotlib.pyplot as plt
import torch
from torch import nn

from tutorial_data import load_mnist

torch.manual_seed(0)  # the same random numbers on every run
accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")

images, labels = load_mnist("test")  # offline, only the 10,000 test images: 2,000 of them here
inputs = (images[:2000].flatten(start_dim=1).float() / 255).to(device)
targets = labels[:2000].to(device)


def train(learning_rate, nudge, epochs=5, batch_size=50):
    """The largest weight difference from the un-nudged run after every step (None: record the weights)."""
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(784, 64), nn.ReLU(), nn.Linear(64, 10)).to(device)
    if nudge:
        with torch.no_grad():  # one weight of a pixel near the centre moves to the next float32 up
            weight = model[0].weight
            weight[0, 406] = torch.nextafter(weight[0, 406], torch.tensor(1.0, device=device))
    optimizer = torch.optim.SGD(model.parameters(), lr=learning_rate, momentum=0.9)
    order_generator = torch.Generator().manual_seed(0)  # both runs see the same batches
    history = []
    for _ in range(epochs):
        order = torch.randperm(len(inputs), generator=order_generator)
        for start in range(0, len(inputs), batch_size):
            batch = order[start:start + batch_size]
            loss = nn.functional.cross_entropy(model(inputs[batch]), targets[batch])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            history.append(torch.cat([p.detach().flatten() for p in model.parameters()]))
    accuracy = (model(inputs).argmax(dim=1) == targets).float().mean().item()
    return torch.stack(history), accuracy


differences, accuracies = {}, {}
for learning_rate in (0.05, 0.5):
    plain, plain_accuracy = train(learning_rate, nudge=False)
    nudged, nudged_accuracy = train(learning_rate, nudge=True)
    differences[learning_rate] = (plain - nudged).abs().max(dim=1).values.cpu()
    accuracies[learning_rate] = plain_accuracy, nudged_accuracy
    print(f"lr {learning_rate}: largest weight difference after step 1 {differences[learning_rate][0]:.1e}, "
          f"after step {len(plain)} {differences[learning_rate][-1]:.1e}; "
          f"training accuracy {plain_accuracy:.2%} and {nudged_accuracy:.2%} (nudged)")

first_difference = differences[0.05][0].item()  # the same at both learning rates: one float32 step
small_lr_end, large_lr_end = differences[0.05][-1].item(), differences[0.5][-1].item()
large_lr_plain_accuracy, large_lr_nudged_accuracy = accuracies[0.5]
assert small_lr_end < 1e-4 < large_lr_end  # stays tiny at a small learning rate, not at a large one
assert large_lr_plain_accuracy != large_lr_nudged_accuracy

fig, ax = plt.subplots(figsize=(8, 4.5), layout="constrained")
for (learning_rate, difference), line_style in zip(differences.items(), ("-", "--")):
    ax.plot(range(1, len(difference) + 1), difference, linestyle=line_style, label=f"SGD, momentum 0.9, lr {learning_rate}")
ax.set_yscale("log")
ax.set_xlabel("training step")
ax.set_ylabel("largest weight difference between the two runs")
ax.set_title("Two trainings that differ by one float32 step in one starting weight")
ax.legend()
plt.show()

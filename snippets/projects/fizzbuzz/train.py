# %% data
"""FizzBuzz as classification: a network learns divisibility by 3 and 5 from the bits of a number."""
import sys

import matplotlib.pyplot as plt
import torch
from torch import nn
from tqdm import tqdm

EPOCHS = 2000  # the source notes train 10,000 epochs: raise it to see the longer run
NUM_BITS = 10  # enough for every number up to 1023
BATCH_SIZE = 128


def binary_encode(numbers):
    """[N] integers -> [N, 10] floats, one 0 or 1 per bit, lowest bit first."""
    return ((numbers.unsqueeze(1) >> torch.arange(NUM_BITS)) & 1).float()


def fizzbuzz_label(numbers):
    """0 for the number itself, 1 for fizz, 2 for buzz, 3 for fizzbuzz."""
    return (numbers % 3 == 0).long() + 2 * (numbers % 5 == 0).long()


def decode(number, label):
    return [str(number), "fizz", "buzz", "fizzbuzz"][label]


# Train on 101..1023 and test on 1..100: the numbers we want answers for are never trained on.
train_numbers, test_numbers = torch.arange(101, 2**NUM_BITS), torch.arange(1, 101)
x_train, y_train = binary_encode(train_numbers), fizzbuzz_label(train_numbers)
x_test, y_test = binary_encode(test_numbers), fizzbuzz_label(test_numbers)
print(f"train: {len(x_train)} numbers, test: {len(x_test)} numbers")
for number in (3, 5, 15, 98):
    bits = "".join(str(int(bit)) for bit in binary_encode(torch.tensor([number]))[0])
    label = fizzbuzz_label(torch.tensor(number)).item()
    print(f"{number:3d} -> bits {bits} (lowest first), label {label} = {decode(number, label)}")
label_counts = torch.bincount(y_train)
print("labels 0, 1, 2, 3 in the training set:", label_counts.tolist())
number_share = label_counts[0].item() / len(y_train)  # neither fizz nor buzz
always_number_right = int((y_test == 0).sum())  # the score of always answering "number"
print(f'always answering "number": {always_number_right} of the {len(y_test)} test numbers right')

# %% train
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(NUM_BITS, 100), nn.ReLU(), nn.Linear(100, 4))
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.05)


def accuracy(inputs, labels):
    with torch.no_grad():
        return (model(inputs).argmax(dim=1) == labels).float().mean().item()


epoch_losses, train_accuracies, test_accuracies = [], [], []
number_only_epochs = 0  # how many epochs from the start the network answers "number" for every training number
for epoch in tqdm(range(EPOCHS), desc="epochs", disable=not sys.stderr.isatty()):
    order = torch.randperm(len(x_train))  # a new order of the training numbers every epoch
    batch_losses = []
    for start in range(0, len(x_train), BATCH_SIZE):
        batch = order[start:start + BATCH_SIZE]
        loss = loss_fn(model(x_train[batch]), y_train[batch])
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        batch_losses.append(loss.item())
    epoch_losses.append(sum(batch_losses) / len(batch_losses))
    # Measured every epoch for the figure only: nothing is chosen by the test accuracy.
    train_accuracies.append(accuracy(x_train, y_train))
    test_accuracies.append(accuracy(x_test, y_test))
    with torch.no_grad():
        if number_only_epochs == epoch and (model(x_train).argmax(dim=1) == 0).all():
            number_only_epochs += 1
    if (epoch + 1) % max(1, EPOCHS // 10) == 0:
        print(f"epoch {epoch + 1:5d}: loss {epoch_losses[-1]:.4f}, train accuracy "
              f"{train_accuracies[-1]:.1%}, test {round(test_accuracies[-1] * 100)}/100 right")

# A network that ignores its input and predicts the class frequencies has this cross-entropy:
frequencies = label_counts / len(y_train)
frequency_loss = -(frequencies * frequencies.log()).sum().item()
print(f'"number" for every training number for the first {number_only_epochs} epochs, '
      f"with a mean loss of {epoch_losses[number_only_epochs - 1]:.4f} in the last of them; "
      f"predicting the class frequencies: {frequency_loss:.4f}")
train_accuracy, test_accuracy = train_accuracies[-1], test_accuracies[-1]
assert number_only_epochs > 100, "plain SGD starts slowly (exercise 1 compares Adam at epoch 100)"
assert abs(epoch_losses[number_only_epochs - 1] - frequency_loss) < 0.1, "the slow start sits near that loss"
assert min(train_accuracy, test_accuracy) > 0.9, "both accuracies climb far above the bar"
assert test_accuracy > train_accuracy, "the test accuracy ends above the training accuracy"

# %% predictions
with torch.no_grad():
    predicted = model(x_test).argmax(dim=1)
answers = [decode(number, label) for number, label in zip(test_numbers.tolist(), predicted.tolist())]
is_wrong = (predicted != y_test).tolist()
for row in range(0, 100, 10):
    # Ten answers per line; a * marks a wrong one.
    print(" ".join(f"{answer + '*' * wrong:9s}"
                   for answer, wrong in zip(answers[row:row + 10], is_wrong[row:row + 10])).rstrip())
test_mistakes = sum(is_wrong)
print(f"{100 - test_mistakes} of 100 right")
for number, answer, label, wrong in zip(test_numbers.tolist(), answers, y_test.tolist(), is_wrong):
    if wrong:
        print(f"  {number}: said {answer}, should be {decode(number, label)}")

# %% curves
epochs = range(1, EPOCHS + 1)
fig, (loss_ax, accuracy_ax) = plt.subplots(1, 2, figsize=(10, 4))
loss_ax.plot(epochs, epoch_losses)
loss_ax.set_yscale("log")
loss_ax.set_title("Training loss")
loss_ax.set_xlabel("epoch")
loss_ax.set_ylabel("cross-entropy (log scale)")
accuracy_ax.plot(epochs, train_accuracies, label="train (101..1023)")
accuracy_ax.plot(epochs, test_accuracies, label="test (1..100)", alpha=0.8)
bar = always_number_right / len(y_test)
accuracy_ax.axhline(bar, color="gray", linestyle="--", label=f'always "number": {bar:.0%}')
accuracy_ax.set_title("Accuracy")
accuracy_ax.set_xlabel("epoch")
accuracy_ax.set_ylabel("fraction right")
accuracy_ax.legend()
fig.suptitle("FizzBuzz: a 10-100-4 network learning divisibility from bits")
fig.tight_layout()
plt.show()

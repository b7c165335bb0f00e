"""Exercise 1: the FizzBuzz network trained with Adam instead of plain SGD."""
import torch
from torch import nn

EPOCHS = 300
NUM_BITS = 10


def binary_encode(numbers):
    return ((numbers.unsqueeze(1) >> torch.arange(NUM_BITS)) & 1).float()


def fizzbuzz_label(numbers):
    return (numbers % 3 == 0).long() + 2 * (numbers % 5 == 0).long()


train_numbers, test_numbers = torch.arange(101, 2**NUM_BITS), torch.arange(1, 101)
x_train, y_train = binary_encode(train_numbers), fizzbuzz_label(train_numbers)
x_test, y_test = binary_encode(test_numbers), fizzbuzz_label(test_numbers)

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(NUM_BITS, 100), nn.ReLU(), nn.Linear(100, 4))
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)

first_perfect_epoch = None  # the first epoch after which every training number is right
for epoch in range(EPOCHS):
    order = torch.randperm(len(x_train))
    for start in range(0, len(x_train), 128):
        batch = order[start:start + 128]
        loss = loss_fn(model(x_train[batch]), y_train[batch])
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    with torch.no_grad():
        train_right = (model(x_train).argmax(dim=1) == y_train).sum().item()
        test_right = (model(x_test).argmax(dim=1) == y_test).sum().item()
    if epoch + 1 == 100:
        train_right_at_100 = train_right
    if first_perfect_epoch is None and train_right == len(y_train):
        first_perfect_epoch, test_right_then = epoch + 1, test_right
        print(f"epoch {epoch + 1:3d}: every training number right for the first time, test {test_right}/100 right")
    if (epoch + 1) % 50 == 0:
        print(f"epoch {epoch + 1:3d}: train {train_right}/{len(y_train)} right, "
              f"test {test_right}/100 right")
assert test_right_then < 100, "perfect on the training numbers, not yet on the test numbers"
assert test_right != test_right_then, "the test score still moves after the first perfect epoch"

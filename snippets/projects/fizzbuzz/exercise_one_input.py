"""Exercise 2: given the number itself as one input instead of its bits, the network learns nothing."""
import torch
from torch import nn

EPOCHS = 500


def fizzbuzz_label(numbers):
    return (numbers % 3 == 0).long() + 2 * (numbers % 5 == 0).long()


train_numbers, test_numbers = torch.arange(101, 1024), torch.arange(1, 101)
# One input per number, scaled to [0, 1] so that the learning rate suits it.
x_train, x_test = (train_numbers / 1023).unsqueeze(1), (test_numbers / 1023).unsqueeze(1)
y_train, y_test = fizzbuzz_label(train_numbers), fizzbuzz_label(test_numbers)

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(1, 100), nn.ReLU(), nn.Linear(100, 4))
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.05)

for epoch in range(EPOCHS):
    order = torch.randperm(len(x_train))
    for start in range(0, len(x_train), 128):
        batch = order[start:start + 128]
        loss = loss_fn(model(x_train[batch]), y_train[batch])
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    if (epoch + 1) % 100 == 0:
        with torch.no_grad():
            predicted = model(x_test).argmax(dim=1)
        test_right = (predicted == y_test).sum().item()
        labels_used = sorted(set(predicted.tolist()))
        print(f"epoch {epoch + 1}: test {test_right}/100 right, predicted labels used: {labels_used}")
        assert labels_used == [0], 'with one input the network answers "number" for everything'

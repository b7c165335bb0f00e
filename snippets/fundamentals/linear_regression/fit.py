# %% data
"""Fit a line y = a·x + b to 90 noisy points by gradient descent, then test it on 10 more."""
import matplotlib.pyplot as plt
import torch

torch.manual_seed(0)
x = torch.linspace(0, 100, 100)  # house sizes
y = x + 10 * torch.randn(100)  # prices: the size plus noise
x_train, y_train = x[:90], y[:90]
x_test, y_test = x[90:], y[90:]  # the 10 largest houses are kept for testing
print(f"train: {len(x_train)} points, x from {x_train[0]:.1f} to {x_train[-1]:.1f}")
print(f"test:  {len(x_test)} points, x from {x_test[0]:.1f} to {x_test[-1]:.1f}")

fig, ax = plt.subplots(figsize=(8, 4))
ax.scatter(x.numpy(), y.numpy(), s=12)
ax.set_title("The data: 100 noisy points around y = x")
ax.set_xlabel("x (house size)")
ax.set_ylabel("y (price)")
plt.show()

# %% train
a = torch.randn(1, requires_grad=True)
b = torch.randn(1, requires_grad=True)
print(f"start: a = {a.item():.4f}, b = {b.item():.4f}")
b_start = b.item()
learning_rate = 1e-4

train_losses = []
for step in range(1000):
    prediction = a * x_train + b
    loss = ((prediction - y_train) ** 2).mean()
    train_losses.append(loss.item())
    if step % 200 == 0 or step == 999:
        print(f"step {step + 1:4d}: train loss {loss.item():.4f}")

    loss.backward()  # fills a.grad and b.grad: the slope under the walker's feet
    with torch.no_grad():  # the step itself is not part of the model's computation
        a -= learning_rate * a.grad
        b -= learning_rate * b.grad
    a.grad.zero_()  # backward() adds into .grad, so clear it for the next step
    b.grad.zero_()

print(f"end:   a = {a.item():.4f}, b = {b.item():.4f}")
first_loss, final_loss = train_losses[0], train_losses[-1]
# The first step whose loss is within 1 of the final one: where the walker reaches the valley floor.
floor_step = next(step for step, value in enumerate(train_losses, 1) if value < final_loss + 1)
b_change = b.item() - b_start

# %% line
fig, ax = plt.subplots(figsize=(8, 4))
ax.scatter(x_train.numpy(), y_train.numpy(), s=12, label="training data")
with torch.no_grad():
    fitted = a * x_train + b
ax.plot(x_train.numpy(), fitted.numpy(), color="C3", linewidth=2,
        label=f"fitted line: y = {a.item():.3f}·x + {b.item():.3f}")
ax.set_title("The line found by 1000 steps of gradient descent")
ax.set_xlabel("x (house size)")
ax.set_ylabel("y (price)")
ax.legend()
plt.show()

# %% test
with torch.no_grad():  # evaluating only: no graph needed
    test_prediction = a * x_test + b
    test_loss = ((test_prediction - y_test) ** 2).mean()
print(f"train loss {train_losses[-1]:.2f}, test loss {test_loss.item():.2f}")
test_noise = ((y_test - x_test) ** 2).mean().item()  # the true line is y = x: this is the noise alone
print(f"mean squared noise on the 10 test points: {test_noise:.1f} (10² = 100 expected)")

fig, ax = plt.subplots(figsize=(8, 4))
ax.scatter(x_train.numpy(), y_train.numpy(), s=12, label="training data")
ax.scatter(x_test.numpy(), y_test.numpy(), s=20, color="C1", label="test data")
ax.scatter(x_test.numpy(), test_prediction.numpy(), s=30, marker="x", color="C3",
           label="predictions on the test points")
ax.set_title(f"Predictions for the 10 unseen houses (test loss {test_loss.item():.1f})")
ax.set_xlabel("x (house size)")
ax.set_ylabel("y (price)")
ax.legend()
plt.show()

assert abs(a.item() - 1) < 0.05, "the slope should be close to the true slope 1"
assert test_loss < final_loss, "the page says the test loss is, by luck, below the training loss"

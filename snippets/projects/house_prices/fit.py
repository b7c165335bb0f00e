# %% recipe
"""The house-price line again, with nn.Linear, nn.MSELoss and torch.optim instead of hand-written steps."""
import matplotlib.pyplot as plt
import torch
from torch import nn

STEPS = 1000

torch.manual_seed(0)
x = torch.linspace(0, 100, 100)  # house sizes
y = x + 10 * torch.randn(100)  # prices: the size plus noise
# nn.Linear takes a batch of feature vectors, shape [N, features]: here [N, 1], not [N].
x_train, y_train = x[:90].unsqueeze(1), y[:90].unsqueeze(1)
x_test, y_test = x[90:].unsqueeze(1), y[90:].unsqueeze(1)
# The hand-written version draws a and b right after the data: the same draws give the same start.
a_start, b_start = torch.randn(1).item(), torch.randn(1).item()

# Set-up: the model, the loss, the optimizer.
model = nn.Linear(1, 1)  # y_pred = weight·x + bias: weight is a, bias is b
with torch.no_grad():  # start where the hand-written version starts, to compare the two
    model.weight.fill_(a_start)
    model.bias.fill_(b_start)
loss_fn = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=1e-4)
print(f"start: a = {model.weight.item():.4f}, b = {model.bias.item():.4f}")

for step in range(STEPS):
    prediction = model(x_train)  # 1. predict
    loss = loss_fn(prediction, y_train)  # 2. measure
    optimizer.zero_grad()  # 3. clear the old gradients
    loss.backward()  # 4. compute the new ones
    optimizer.step()  # 5. update: weight -= lr · weight.grad, and the same for bias
    if step % 200 == 0 or step == STEPS - 1:
        print(f"step {step + 1:4d}: train loss {loss.item():.4f}")

with torch.no_grad():
    test_loss = loss_fn(model(x_test), y_test).item()
print(f"end:   a = {model.weight.item():.4f}, b = {model.bias.item():.4f}, test loss {test_loss:.2f}")

# %% by-hand
# The hand-written loop of the linear-regression chapter, from the same start.
a = torch.tensor([a_start], requires_grad=True)
b = torch.tensor([b_start], requires_grad=True)
for step in range(STEPS):
    loss = ((a * x_train + b - y_train) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        a -= 1e-4 * a.grad
        b -= 1e-4 * b.grad
    a.grad.zero_()
    b.grad.zero_()
with torch.no_grad():
    test_loss_by_hand = ((a * x_test + b - y_test) ** 2).mean().item()

a_by_hand, b_by_hand = a.item(), b.item()
a_plain, b_plain = model.weight.item(), model.bias.item()
largest_difference = max(abs(a_by_hand - a_plain), abs(b_by_hand - b_plain))
print(f"by hand:            a = {a_by_hand:.6f}, b = {b_by_hand:.6f}, test loss {test_loss_by_hand:.4f}")
print(f"nn.Linear and SGD:  a = {a_plain:.6f}, b = {b_plain:.6f}, test loss {test_loss:.4f}")
print(f"largest difference: {largest_difference:.1e}")
# The same formulas may add up in a different order: at most a few float32 roundings apart.
assert largest_difference < 1e-5, "nn.Linear and the hand-written loop should walk the same path"

# %% standardised
class HousePriceModel(nn.Module):
    """A line on standardised sizes; it takes raw sizes and standardises them itself."""

    def __init__(self, size_mean, size_std):
        super().__init__()
        # Buffers: saved in the state_dict and moved by .to(), but not trained.
        self.register_buffer("size_mean", size_mean)
        self.register_buffer("size_std", size_std)
        self.line = nn.Linear(1, 1)

    def forward(self, sizes):
        return self.line((sizes - self.size_mean) / self.size_std)


# The mean and standard deviation come from the training data only.
standardised_model = HousePriceModel(x_train.mean(), x_train.std())
with torch.no_grad():
    standardised_model.line.weight.fill_(a_start)
    standardised_model.line.bias.fill_(b_start)
print("trained:", [name for name, _ in standardised_model.named_parameters()])
print("saved:  ", list(standardised_model.state_dict()))

optimizer = torch.optim.SGD(standardised_model.parameters(), lr=0.1)  # 1000 times larger
for step in range(STEPS):
    loss = loss_fn(standardised_model(x_train), y_train)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

# y = w·(x − mean)/std + c, so in the original units a = w/std and b = c − w·mean/std.
with torch.no_grad():
    w, c = standardised_model.line.weight.item(), standardised_model.line.bias.item()
    mean, std = standardised_model.size_mean.item(), standardised_model.size_std.item()
    a_standardised, b_standardised = w / std, c - w * mean / std
    train_loss_standardised = loss_fn(standardised_model(x_train), y_train).item()
    test_loss_standardised = loss_fn(standardised_model(x_test), y_test).item()
    price_of_120 = standardised_model(torch.tensor([[120.0]])).item()
print(f"standardised, lr 0.1: a = {a_standardised:.4f}, b = {b_standardised:.4f}, "
      f"test loss {test_loss_standardised:.2f}")

features = torch.cat([x_train, torch.ones_like(x_train)], dim=1)  # the ones multiply b
best_a, best_b = torch.linalg.lstsq(features, y_train).solution.flatten().tolist()
best_test_loss = ((best_a * x_test + best_b - y_test) ** 2).mean().item()
print(f"least squares:        a = {best_a:.4f}, b = {best_b:.4f}, test loss {best_test_loss:.2f}")
print(f"predicted price of a house of size 120: {price_of_120:.1f}")
assert abs(a_standardised - best_a) < 1e-3 and abs(b_standardised - best_b) < 1e-2
test_loss_gain = test_loss - test_loss_standardised  # what the better line buys on the test houses
relative_gain = test_loss_gain / test_loss
assert test_loss_gain > 0, "the better line should lower the test loss"
assert test_loss_standardised < train_loss_standardised, "the test loss is below the training loss"

# %% figure
slope_difference = a_plain - a_standardised
intercept_difference = b_standardised - b_plain  # the height of the gap at x = 0
fig, ax = plt.subplots(figsize=(8, 4.5))
ax.scatter(x_train.numpy(), y_train.numpy(), s=12, label="training data")
ax.scatter(x_test.numpy(), y_test.numpy(), s=20, color="C1", label="test data")
# The lines differ mostly in b, invisible on the full plot: an inset zooms in near x = 0.
zoom = ax.inset_axes([0.62, 0.08, 0.35, 0.35])
for axes, line_x in ((ax, torch.linspace(0, 100, 50)), (zoom, torch.linspace(0, 2, 50))):
    axes.plot(line_x.numpy(), (a_plain * line_x + b_plain).numpy(), color="C3",
              label=f"raw sizes, lr 1e-4: y = {a_plain:.4f}·x + {b_plain:.4f}")
    axes.plot(line_x.numpy(), (a_standardised * line_x + b_standardised).numpy(), color="C2",
              linestyle="--",
              label=f"standardised sizes, lr 0.1: y = {a_standardised:.4f}·x + {b_standardised:.4f}")
zoom.set_xlim(0, 2)
zoom.set_ylim(-0.2, 2.4)
zoom.set_title("zoom: 0 ≤ x ≤ 2", fontsize="small")
zoom.tick_params(labelsize="x-small")
ax.set_title("The data and the two nn.Linear fits")
ax.set_xlabel("x (house size)")
ax.set_ylabel("y (price)")
ax.legend(loc="upper left", fontsize="small")
plt.show()

"""Three fixes for the slow intercept: standardise x, divide x by 100, or use Adam."""
import matplotlib.pyplot as plt
import torch

torch.manual_seed(0)
x = torch.linspace(0, 100, 100)
y = x + 10 * torch.randn(100)
x_train, y_train = x[:90], y[:90]
x_test, y_test = x[90:], y[90:]
a_start, b_start = torch.randn(1).item(), torch.randn(1).item()  # the same start as fit.py

features = torch.stack([x_train, torch.ones_like(x_train)], dim=1)
best_a, best_b = torch.linalg.lstsq(features, y_train.unsqueeze(1)).solution.flatten().tolist()
best_loss = ((best_a * x_train + best_b - y_train) ** 2).mean().item()

mean, std = x_train.mean(), x_train.std()  # from the training data only


def train(inputs, optimizer_name, learning_rate, steps=1000):
    """Fit y_train ≈ a·inputs + b; return a, b and the loss after each step."""
    a = torch.tensor([a_start], requires_grad=True)
    b = torch.tensor([b_start], requires_grad=True)
    optimizer_class = {"SGD": torch.optim.SGD, "Adam": torch.optim.Adam}[optimizer_name]
    optimizer = optimizer_class([a, b], lr=learning_rate)
    losses = []
    for _ in range(steps):
        loss = ((a * inputs + b - y_train) ** 2).mean()
        losses.append(loss.item())
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return a.item(), b.item(), losses


# Each run: the inputs it sees, its optimizer, and how to turn its (a, b) back into original units.
runs = {
    "plain x, SGD lr 1e-4": (x_train, "SGD", 1e-4, lambda a, b: (a, b)),
    "standardised x, SGD lr 0.1": ((x_train - mean) / std, "SGD", 0.1,
                                   lambda a, b: (a / std.item(), b - a * mean.item() / std.item())),
    "x / 100, SGD lr 0.5": (x_train / 100, "SGD", 0.5, lambda a, b: (a / 100, b)),
    "plain x, Adam lr 0.1": (x_train, "Adam", 0.1, lambda a, b: (a, b)),
}

print(f"{'least squares':28s} a = {best_a:.4f}, b = {best_b:7.4f}")
fig, ax = plt.subplots(figsize=(8, 4))
for name, (inputs, optimizer_name, learning_rate, to_original_units) in runs.items():
    a, b, losses = train(inputs, optimizer_name, learning_rate)
    a, b = to_original_units(a, b)
    test_loss = ((a * x_test + b - y_test) ** 2).mean().item()
    # The losses all end near 113, so plot how far each is above the best possible loss.
    # float32 cannot tell apart losses near 113 closer than about 1e-5: the plot stops at 1e-4.
    excess = torch.tensor(losses) - best_loss
    at_floor = (excess < 1e-4).nonzero()  # the steps that end within 1e-4 of the best loss
    reached = f"within 1e-4 from step {at_floor[0].item() + 1}" if len(at_floor) else "never within 1e-4"
    print(f"{name:28s} a = {a:.4f}, b = {b:7.4f}, test loss {test_loss:.2f}, {reached}")
    ax.plot(range(1, len(losses) + 1), excess.clamp(min=1e-4).numpy(), label=name)

ax.set_yscale("log")
ax.set_title("Training loss above the least-squares minimum")
ax.set_xlabel("step")
ax.set_ylabel("loss − best loss (log scale)")
ax.legend()
plt.show()

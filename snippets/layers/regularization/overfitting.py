"""A large network on 20 noisy points over-fits; dropout and weight decay keep its validation loss down."""
import matplotlib.pyplot as plt
import torch
from torch import nn

EPOCHS = 1500  # full-batch steps; raise it to watch the plain network over-fit further
HIDDEN = 100
DROPOUT = 0.2
WEIGHT_DECAY = 1.0
EVAL_EVERY = 10


def true_function(x):
    return torch.sin(3 * x)


torch.manual_seed(0)
x_train = torch.rand(20, 1) * 2 - 1
y_train = true_function(x_train) + 0.3 * torch.randn(20, 1)
x_val = torch.rand(200, 1) * 2 - 1  # fresh points with the same noise: what the model has not seen
y_val = true_function(x_val) + 0.3 * torch.randn(200, 1)
# The loss of the true function itself is the mean squared noise, which no model can expect to beat on new data.
print(f"the true function's own loss: train {nn.functional.mse_loss(true_function(x_train), y_train):.3f}"
      f"   validation {nn.functional.mse_loss(true_function(x_val), y_val):.3f}")


def make_model(dropout):
    return nn.Sequential(
        nn.Linear(1, HIDDEN), nn.ReLU(), nn.Dropout(dropout),
        nn.Linear(HIDDEN, HIDDEN), nn.ReLU(), nn.Dropout(dropout),
        nn.Linear(HIDDEN, 1),
    )


settings = {  # name: (dropout probability, weight decay)
    "no regularization": (0.0, 0.0),
    f"dropout p={DROPOUT}": (DROPOUT, 0.0),
    f"weight decay {WEIGHT_DECAY}": (0.0, WEIGHT_DECAY),
}
fig, (ax_loss, ax_fit) = plt.subplots(1, 2, figsize=(11, 4.2))
x_plot = torch.linspace(-1, 1, 300).unsqueeze(1)
for (name, (dropout, weight_decay)), color in zip(settings.items(), ["C3", "C0", "C2"]):
    torch.manual_seed(0)  # the same starting weights for every setting
    model = make_model(dropout)
    optimizer = torch.optim.AdamW(model.parameters(), lr=0.01, weight_decay=weight_decay)
    epochs, train_losses, val_losses = [], [], []
    for epoch in range(1, EPOCHS + 1):
        model.train()
        loss = nn.functional.mse_loss(model(x_train), y_train)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        if epoch % EVAL_EVERY == 0:
            model.eval()  # both losses without dropout, so that they compare
            with torch.no_grad():
                epochs.append(epoch)
                train_losses.append(nn.functional.mse_loss(model(x_train), y_train).item())
                val_losses.append(nn.functional.mse_loss(model(x_val), y_val).item())
    print(f"{name:20s} train loss {train_losses[-1]:.3f}   validation loss {val_losses[-1]:.3f}"
          f"   (lowest {min(val_losses):.3f})")
    ax_loss.plot(epochs, train_losses, "--", color=color)
    ax_loss.plot(epochs, val_losses, "-", color=color, label=name)
    with torch.no_grad():
        ax_fit.plot(x_plot.numpy(), model(x_plot).numpy(), color=color, label=name)

ax_loss.set_yscale("log")
ax_loss.set_title("Training (dashed) and validation (solid) loss")
ax_loss.set_xlabel("epoch")
ax_loss.set_ylabel("mean squared error (log scale)")
ax_loss.legend()
ax_fit.plot(x_plot.numpy(), true_function(x_plot).numpy(), ":", color="gray", label="sin(3x), the truth")
ax_fit.scatter(x_train.numpy(), y_train.numpy(), color="black", zorder=3, label="20 training points")
ax_fit.set_title(f"The fitted functions after {EPOCHS} epochs")
ax_fit.set_xlabel("x")
ax_fit.set_ylabel("y")
ax_fit.legend(fontsize="small")
fig.suptitle("Over-fitting 20 noisy points, and two regularizers")
fig.tight_layout()
plt.show()

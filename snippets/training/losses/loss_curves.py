"""Each loss against the prediction: regression losses against the error, classification losses against the true class's probability or logit."""
import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F
from torch import nn

fig, (ax_regression, ax_classes, ax_binary) = plt.subplots(1, 3, figsize=(13, 4), layout="constrained")

errors = torch.linspace(-3, 3, 301)
zeros = torch.zeros_like(errors)
for name, loss_fn in {"MSELoss": nn.MSELoss(reduction="none"),
                      "L1Loss": nn.L1Loss(reduction="none"),
                      "HuberLoss(delta=1) = SmoothL1Loss(beta=1)": nn.HuberLoss(reduction="none", delta=1.0)}.items():
    ax_regression.plot(errors.numpy(), loss_fn(errors, zeros).numpy(), label=name)
ax_regression.set_ylim(0, 4)
ax_regression.set_title("Regression losses")
ax_regression.set_xlabel("error (prediction − target)")
ax_regression.set_ylabel("loss")
ax_regression.legend(fontsize=8, loc="upper center")

# Ten classes; the true class gets probability p, the other nine share 1 - p equally.
p_true = torch.linspace(0.005, 0.995, 199)
logits = torch.cat([p_true.log()[:, None], ((1 - p_true) / 9).log()[:, None].expand(-1, 9)], dim=1)
true_class = torch.zeros(len(p_true), dtype=torch.long)
for smoothing in (0.0, 0.1):
    loss = F.cross_entropy(logits, true_class, reduction="none", label_smoothing=smoothing)
    ax_classes.plot(p_true.numpy(), loss.numpy(), label=f"CrossEntropyLoss, label_smoothing={smoothing}")
    lowest_at = p_true[loss.argmin()].item()
    print(f"label_smoothing={smoothing}: lowest loss at p = {lowest_at:.2f}")
print(f"cross-entropy at p = 0.1: {-torch.log(torch.tensor(0.1)).item():.3f} (a guess among 10 classes), at p = 0.5: {-torch.log(torch.tensor(0.5)).item():.3f}")
ax_classes.set_title("Cross-entropy, 10 classes")
ax_classes.set_xlabel("predicted probability of the true class")
ax_classes.set_ylabel("loss")
ax_classes.legend(fontsize=8)

binary_logits = torch.linspace(-6, 6, 241)
for label in (1.0, 0.0):
    loss = nn.BCEWithLogitsLoss(reduction="none")(binary_logits, torch.full_like(binary_logits, label))
    ax_binary.plot(binary_logits.numpy(), loss.numpy(), label=f"BCEWithLogitsLoss, target {label:.0f}")
ax_binary.set_title("Binary cross-entropy")
ax_binary.set_xlabel("logit (sigmoid(logit) = probability of class 1)")
ax_binary.set_ylabel("loss")
ax_binary.legend(fontsize=8)

fig.suptitle("Loss against prediction")
plt.show()

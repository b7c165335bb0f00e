# %% wrong
"""Softmax in the model plus a hand-written mean(-y * log p): a loss ten times too small that turns inf."""
import torch
from torch import nn

torch.manual_seed(0)
logits = torch.randn(4, 10)
labels = torch.tensor([3, 1, 0, 7])
one_hot = nn.functional.one_hot(labels, num_classes=10).float()

probabilities = nn.Softmax(dim=1)(logits)  # the last layer of the model
hand_written = torch.mean(-one_hot * torch.log(probabilities))  # the mean also runs over the 10 classes
print(f"hand-written loss {hand_written.item():.4f}")

confident_and_wrong = torch.tensor([[-60.0, 60.0] + [0.0] * 8])  # sure of class 1, the label is 0
p = nn.Softmax(dim=1)(confident_and_wrong)
print("its probability for the true class:", p[0, 0].item(),
      " loss:", torch.mean(-one_hot[2:3] * torch.log(p)).item())

# %% right
loss_fn = nn.CrossEntropyLoss()  # log-softmax and negative log-likelihood in one stable step
print(f"CrossEntropyLoss on logits {loss_fn(logits, labels).item():.4f}"
      f"  (= 10 x {loss_fn(logits, labels).item() / 10:.4f})")
print("confident and wrong:", loss_fn(confident_and_wrong, labels[2:3]).item())

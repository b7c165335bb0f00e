# %% tenfold
"""The notes' loss (a Softmax in the model, mean(-y * log(p)) by hand) against CrossEntropyLoss on logits."""
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
features = torch.randn(64, 20)
classes = torch.randint(0, 10, (64,))
one_hot = F.one_hot(classes, num_classes=10).float()

notes_model = nn.Sequential(nn.Linear(20, 10), nn.Softmax(dim=1))  # as in the notes
probabilities = notes_model(features)
notes_loss = torch.mean(-one_hot * torch.log(probabilities))  # a mean over 64 x 10 entries

logits = notes_model[0](features)  # the same layer's output without the Softmax
cross_entropy = nn.CrossEntropyLoss()(logits, classes)  # a mean over the 64 samples
print(f"notes' loss      {notes_loss.item():.4f}")
print(f"CrossEntropyLoss {cross_entropy.item():.4f}   ratio {(cross_entropy / notes_loss).item():.2f}")

weight = notes_model[0].weight
(notes_gradient,) = torch.autograd.grad(notes_loss, weight)
(gradient,) = torch.autograd.grad(cross_entropy, weight)
print(f"gradient norms: notes {notes_gradient.norm().item():.4f}, CrossEntropyLoss {gradient.norm().item():.4f}")

# %% unstable
# Scores of 100 and more happen in a confident network; class 0 is far behind.
confident_logits = torch.tensor([[-20.0, 30.0, 100.0],
                                 [-20.0, 30.0, 100.0]], requires_grad=True)
targets = torch.tensor([2, 0])  # sample 0 is right, sample 1 is badly wrong
probabilities = torch.softmax(confident_logits, dim=1)
log_p = torch.log(probabilities)
print("softmax:", [f"{p:.3g}" for p in probabilities[0].tolist()], " (e^-120 is below float32's smallest number)")
print("log of it:", log_p[0].tolist())

products = -F.one_hot(targets, num_classes=3) * log_p  # 0 * (-inf) is nan
notes_per_sample = products.sum(dim=1)
per_sample = F.cross_entropy(confident_logits, targets, reduction="none")
print("notes' loss per sample:     ", notes_per_sample.tolist())
# abs(): the right answer's loss rounds to -0.0
print("CrossEntropyLoss per sample:", [f"{value:.3g}" for value in per_sample.abs().tolist()])

(notes_gradient,) = torch.autograd.grad(notes_per_sample.sum(), confident_logits)
(gradient,) = torch.autograd.grad(per_sample.sum(), confident_logits)
print("gradient of the notes' loss:", notes_gradient.tolist())
print("gradient of CrossEntropyLoss:", [[f"{g:.3g}" for g in row] for row in gradient.tolist()])

# %% bce
# Positive logits for samples whose label is 0: confident and wrong, more so down the list.
logits = torch.tensor([2.0, 10.0, 20.0, 50.0, 200.0], requires_grad=True)
targets = torch.zeros(5)
bce = nn.BCELoss(reduction="none")(torch.sigmoid(logits), targets)
(bce_gradient,) = torch.autograd.grad(bce.sum(), logits)
with_logits = nn.BCEWithLogitsLoss(reduction="none")(logits, targets)
(with_logits_gradient,) = torch.autograd.grad(with_logits.sum(), logits)
print("logit   BCELoss(sigmoid)  its gradient   BCEWithLogitsLoss  its gradient")
for row in zip(logits.tolist(), bce.tolist(), bce_gradient.tolist(), with_logits.tolist(), with_logits_gradient.tolist()):
    print("{:5.0f}   {:16.4f}  {:12.4f}   {:17.4f}  {:12.4f}".format(*row))

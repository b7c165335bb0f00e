"""Exercise: KLDivLoss and CrossEntropyLoss with probability targets differ by the target's entropy, a constant."""
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
teacher_probabilities = F.softmax(torch.randn(5, 10), dim=1)
student_logits = torch.randn(5, 10, requires_grad=True)

kl = nn.KLDivLoss(reduction="batchmean")(F.log_softmax(student_logits, dim=1), teacher_probabilities)
cross_entropy = nn.CrossEntropyLoss()(student_logits, teacher_probabilities)
entropy = -(teacher_probabilities * teacher_probabilities.log()).sum(dim=1).mean()
print(f"KL {kl.item():.4f}   cross-entropy {cross_entropy.item():.4f}   entropy of the targets {entropy.item():.4f}")
print(f"cross-entropy - entropy = {(cross_entropy - entropy).item():.4f}")

kl_gradient, = torch.autograd.grad(kl, student_logits)
cross_entropy_gradient, = torch.autograd.grad(cross_entropy, student_logits)
print("same gradient for the student:", torch.allclose(kl_gradient, cross_entropy_gradient, atol=1e-6))
# Both are (softmax(student) - teacher) / batch size.
print("equal to (softmax - target) / 5:", torch.allclose(kl_gradient, (F.softmax(student_logits, dim=1) - teacher_probabilities).detach() / 5, atol=1e-6))
assert torch.isclose(kl, cross_entropy - entropy) and torch.allclose(kl_gradient, cross_entropy_gradient, atol=1e-6)

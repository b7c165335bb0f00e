"""Exercise: load a 10-class checkpoint into the same network with a 5-class head."""
import io

import torch
from torch import nn

torch.manual_seed(0)  # the same random numbers on every run


def make_model(classes):
    body = nn.Sequential(nn.Conv2d(3, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(),
                         nn.AdaptiveAvgPool2d(1), nn.Flatten())
    return nn.Sequential(body, nn.Linear(16, classes))


# A checkpoint saved from a 10-class model (in memory here; a file works the same way).
buffer = io.BytesIO()
torch.save(make_model(10).state_dict(), buffer)
buffer.seek(0)
checkpoint = torch.load(buffer, weights_only=True)

model = make_model(5)
try:
    model.load_state_dict(checkpoint, strict=False)  # strict=False forgives missing names, not shapes
except RuntimeError as error:
    print("RuntimeError:", str(error).splitlines()[1].strip())

# Keep only the tensors whose name and shape the new model shares, then load them.
own = model.state_dict()
compatible = {name: tensor for name, tensor in checkpoint.items()
              if name in own and own[name].shape == tensor.shape}
print("left out:", sorted(set(checkpoint) - set(compatible)))
result = model.load_state_dict(compatible, strict=False)
print("missing keys (keep their fresh values):", result.missing_keys)
print("unexpected keys:", result.unexpected_keys)
assert result.missing_keys == ["1.weight", "1.bias"] and not result.unexpected_keys
body_loaded = all(torch.equal(model.state_dict()[name], checkpoint[name]) for name in compatible)
print("every body tensor, BatchNorm statistics included, equals the checkpoint's:", body_loaded)
assert body_loaded

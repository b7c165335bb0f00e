"""A training loop written once for every device: pinned memory, non-blocking copies and mixed precision on a GPU."""
import os

import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

from tutorial_data import load_mnist

EPOCHS = 2

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")
on_gpu = device.type == "cuda"
amp_dtype = torch.bfloat16  # keeps float32's range, so the loss needs no scaling
if on_gpu and not torch.cuda.is_bf16_supported(including_emulation=False):
    amp_dtype = torch.float16  # GPUs before Ampere emulate bfloat16 slowly; float16 needs the GradScaler
print(f"device {device}, pinned memory {on_gpu}, mixed precision {amp_dtype if on_gpu else 'off (float32)'}")

images, labels = load_mnist("test")  # 8,000 to train on, 2,000 held out
images = images.float() / 255
torch.manual_seed(0)
# Pinned (page-locked) batches can be copied to the GPU while it computes, with non_blocking=True.
loader = DataLoader(TensorDataset(images[:8000], labels[:8000]), batch_size=128, shuffle=True,
                    pin_memory=on_gpu)
model = nn.Sequential(nn.Flatten(), nn.Linear(28 * 28, 256), nn.ReLU(), nn.Linear(256, 10)).to(device)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
# float16 gradients can underflow to zero: the scaler multiplies the loss first and divides the gradients after.
scaler = torch.amp.GradScaler(device.type, enabled=on_gpu and amp_dtype == torch.float16)

for epoch in range(EPOCHS):
    model.train()
    total = torch.zeros((), device=device)  # summed on the device: no .item() and no wait in the loop
    for batch_images, batch_labels in loader:
        batch_images = batch_images.to(device, non_blocking=True)
        batch_labels = batch_labels.to(device, non_blocking=True)
        with torch.autocast(device.type, dtype=amp_dtype, enabled=on_gpu):
            loss = nn.functional.cross_entropy(model(batch_images), batch_labels)
        optimizer.zero_grad()
        scaler.scale(loss).backward()  # without a float16 scaler these are plain backward() and step()
        scaler.step(optimizer)
        scaler.update()
        total += loss.detach()
    print(f"epoch {epoch + 1}: mean training loss {total.item() / len(loader):.4f}")  # one wait per epoch

model.eval()
with torch.no_grad():
    predicted = model(images[8000:].to(device)).argmax(dim=1).cpu()
print(f"held-out accuracy: {(predicted == labels[8000:]).float().mean().item():.4f}")

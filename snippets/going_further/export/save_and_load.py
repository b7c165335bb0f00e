# %% train
"""Train the MNIST CNN for one epoch, save only its weights, and predict a digit from a PNG file in a separate program."""
import os

import matplotlib.pyplot as plt
import torch
from PIL import Image
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

from tutorial_data import load_mnist

torch.manual_seed(0)  # the same random numbers on every run
MEAN, STD = 0.1307, 0.3081  # the usual normalisation of MNIST's pixels (scaled to 0..1)

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = torch.device(os.environ.get("TORCH_DEVICE") or accelerator or "cpu")


class MnistCNN(nn.Module):
    """The small CNN of the MNIST project: three convolutions with BatchNorm and ReLU, then one linear layer."""

    def __init__(self):
        super().__init__()
        self.layers = nn.Sequential(
            nn.Conv2d(1, 16, kernel_size=5, stride=2, padding=2, bias=False),  # -> [N, 16, 14, 14]
            nn.BatchNorm2d(16), nn.ReLU(),
            nn.Conv2d(16, 32, kernel_size=3, padding=1, bias=False),  # -> [N, 32, 14, 14]
            nn.BatchNorm2d(32), nn.ReLU(),
            nn.Conv2d(32, 64, kernel_size=3, stride=2, padding=1, bias=False),  # -> [N, 64, 7, 7]
            nn.BatchNorm2d(64), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(64 * 7 * 7, 10),
        )

    def forward(self, images):
        return self.layers(images)


# The offline copy holds only MNIST's 10,000 test images: the first 8,000 train, the last 2,000 are held out.
images, labels = load_mnist("test")
pixels = images.unsqueeze(1).float() / 255  # [10000, 1, 28, 28], from 0 (black) to 1 (white)
print(f"training pixels: mean {pixels[:8000].mean():.4f}, standard deviation {pixels[:8000].std():.4f}")
assert abs(pixels[:8000].mean() - MEAN) < 0.01 and abs(pixels[:8000].std() - STD) < 0.01
inputs = (pixels - MEAN) / STD
model = MnistCNN().to(device)
loader = DataLoader(TensorDataset(inputs[:8000], labels[:8000]), batch_size=64, shuffle=True)
optimizer = torch.optim.AdamW(model.parameters(), lr=3e-3, weight_decay=0.01)
scheduler = torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=3e-3, epochs=1, steps_per_epoch=len(loader))
model.train()
for batch_images, batch_labels in loader:  # one epoch
    batch_images, batch_labels = batch_images.to(device), batch_labels.to(device)
    loss = nn.functional.cross_entropy(model(batch_images), batch_labels)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    scheduler.step()
model.eval()
with torch.no_grad():
    predicted = model(inputs[8000:].to(device)).argmax(dim=1).cpu()
accuracy = (predicted == labels[8000:]).float().mean().item()
print(f"one epoch of {len(loader)} batches: held-out accuracy {accuracy:.4f}")
assert accuracy > 0.97

# %% save
torch.save(model.state_dict(), "mnist_cnn.pt")  # the weights only: a dictionary of named tensors
state = model.state_dict()
weights_kib = os.path.getsize("mnist_cnn.pt") / 1024
print(f"mnist_cnn.pt: {weights_kib:.0f} KiB, {len(state)} tensors, the first four:")
for name, tensor in list(state.items())[:4]:
    print(f"  {name:26} {tuple(tensor.shape)}")

# A held-out digit as an application receives it: a PNG file, larger than 28 × 28, in colour.
DIGIT = 8000  # the first held-out image
digit_label = labels[DIGIT].item()
picture = Image.fromarray(images[DIGIT].numpy())  # a uint8 [28, 28] array becomes a grey ("L") image
picture.resize((112, 112), Image.Resampling.NEAREST).convert("RGB").save("digit.png")
print(f"digit.png: a {digit_label}, 112 × 112 pixels, RGB")

# %% predict
# predict.py, the inference program. In a project it is a file of its own; here it follows the training in
# the same file, because every snippet of this site runs in a folder of its own that is deleted afterwards.
# Forget the trained model and its class, as a new program would not have them:
del model, MnistCNN
import torch  # the program's own imports
from PIL import Image
from torch import nn
from torchvision.transforms import v2

MEAN, STD = 0.1307, 0.3081  # the normalisation of training, repeated exactly


class MnistCNN(nn.Module):
    """The same class as in training: the file holds numbers, the code that uses them lives here."""

    def __init__(self):
        super().__init__()
        self.layers = nn.Sequential(
            nn.Conv2d(1, 16, kernel_size=5, stride=2, padding=2, bias=False), nn.BatchNorm2d(16), nn.ReLU(),
            nn.Conv2d(16, 32, kernel_size=3, padding=1, bias=False), nn.BatchNorm2d(32), nn.ReLU(),
            nn.Conv2d(32, 64, kernel_size=3, stride=2, padding=1, bias=False), nn.BatchNorm2d(64), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(64 * 7 * 7, 10),
        )

    def forward(self, images):
        return self.layers(images)


loaded_model = MnistCNN()
# weights_only=True: rebuild tensors and plain containers, run no other pickled code.
# map_location="cpu": weights saved from a GPU load on a machine without one.
print(loaded_model.load_state_dict(torch.load("mnist_cnn.pt", map_location="cpu", weights_only=True)))
loaded_model.eval()  # BatchNorm uses the running statistics it learned, not those of the batch

preprocess = v2.Compose([
    v2.Grayscale(),  # one channel, as in training
    v2.Resize((28, 28)),  # the size the network was trained on
    v2.ToImage(),  # PIL image -> uint8 tensor [1, 28, 28]
    v2.ToDtype(torch.float32, scale=True),  # 0..255 -> 0..1
    v2.Normalize([MEAN], [STD]),
])
image = Image.open("digit.png")
print(f"digit.png: {image.size[0]} × {image.size[1]} pixels, mode {image.mode}")
batch = preprocess(image).unsqueeze(0)  # the model takes a batch: here of one image, [1, 1, 28, 28]
with torch.inference_mode():  # no autograd bookkeeping at all
    probabilities = loaded_model(batch).softmax(dim=1)[0]
prediction = probabilities.argmax().item()
confidence = probabilities[prediction].item()
print(f"input {tuple(batch.shape)}: predicted {prediction} with probability {confidence:.4f}")
assert prediction == digit_label

fig, (file_ax, input_ax, bars_ax) = plt.subplots(1, 3, figsize=(10, 3.2), width_ratios=[1, 1, 1.6])
file_ax.imshow(image)
file_ax.set_title(f"digit.png, {image.size[0]} × {image.size[1]} RGB")
input_ax.imshow(batch[0, 0].numpy(), cmap="gray")
input_ax.set_title("what the model gets: 28 × 28")
for ax in (file_ax, input_ax):
    ax.set_xlabel("x (pixels)")
    ax.set_ylabel("y (pixels)")
bars_ax.bar(range(10), probabilities.numpy(), color="tab:blue")
bars_ax.set_xticks(range(10))
bars_ax.set_title("The model's probabilities")
bars_ax.set_xlabel("digit")
bars_ax.set_ylabel("probability")
fig.tight_layout()
plt.show()

# %% preprocessing-mistakes
# How much a preprocessing step left out or changed costs, on all 2,000 held-out images.
from tutorial_data import load_mnist

all_images, all_labels = load_mnist("test")
held_out_pixels, held_out_labels = all_images[8000:].unsqueeze(1).float() / 255, all_labels[8000:]


def held_out_accuracy(model_inputs):
    with torch.inference_mode():
        return (loaded_model(model_inputs).argmax(dim=1) == held_out_labels).float().mean().item()


right_accuracy = held_out_accuracy((held_out_pixels - MEAN) / STD)
unnormalised_accuracy = held_out_accuracy(held_out_pixels)  # forgot Normalize
inverted_accuracy = held_out_accuracy((1 - held_out_pixels - MEAN) / STD)  # a black digit on white paper
print(f"as in training:        {right_accuracy:.4f}")
print(f"without normalising:   {unnormalised_accuracy:.4f}")
print(f"black on white:        {inverted_accuracy:.4f}")
assert unnormalised_accuracy < right_accuracy - 0.02 and inverted_accuracy < 0.5

"""Load MNIST and CIFAR-10 as uint8 tensors, from an offline copy or through torchvision.

    from tutorial_data import load_mnist, load_cifar10
    images, labels = load_mnist("test")      # [10000, 28, 28] uint8, [10000] int64
    images, labels = load_cifar10("train")   # [50000, 3, 32, 32] uint8, [50000] int64

Where the data comes from, the first that works:
1. an offline copy: the folder $TUTORIAL_DATA_DIR, else ../shared/data beside
   this project (mnist/t10k-*-ubyte.gz and cifar10/cifar10-jpeg.tar.xz);
2. torchvision's download, unless $TUTORIAL_DATA_DOWNLOAD is 0.
Decoded images are kept in $TUTORIAL_DATA_CACHE (default ~/.cache/pytorch-by-running),
so the second load of a split takes a fraction of a second.
"""

import gzip
import hashlib
import io
import os
import tarfile
from pathlib import Path

import numpy as np
import torch

CIFAR10_CLASSES = ["airplane", "automobile", "bird", "cat", "deer",
                   "dog", "frog", "horse", "ship", "truck"]
CHECKSUMS = {  # from the offline copy's README
    "mnist/t10k-images-idx3-ubyte.gz": "9fb629c4189551a2d022fa330f9573f3",
    "mnist/t10k-labels-idx1-ubyte.gz": "ec29112dd5afa0611ce80d1b7f02629c",
    "cifar10/cifar10-jpeg.tar.xz": "937ae83a7d23d783f50943265a8a4827e4eff8756948014f40405213a39e0e32",
}


def cache_dir():
    default = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "pytorch-by-running"
    return Path(os.environ.get("TUTORIAL_DATA_CACHE", default))


def offline_dir():
    """The offline copy's folder, or None."""
    if os.environ.get("TUTORIAL_DATA_DIR"):
        return Path(os.environ["TUTORIAL_DATA_DIR"])
    here = Path(__file__).resolve()
    beside_project = here.parents[2] / "shared" / "data" if len(here.parents) > 2 else None
    return beside_project if beside_project and beside_project.is_dir() else None


def checked(folder, name):
    path = folder / name
    digest = (hashlib.md5 if len(CHECKSUMS[name]) == 32 else hashlib.sha256)(path.read_bytes())
    if digest.hexdigest() != CHECKSUMS[name]:
        raise RuntimeError(f"{path} is damaged (its checksum does not match): copy it again")
    return path


def read_idx(path):
    """IDX, the MNIST format: a header of big-endian int32 sizes, then raw uint8."""
    data = gzip.decompress(path.read_bytes())
    dims = data[3]
    shape = np.frombuffer(data, dtype=">i4", count=dims, offset=4)
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape).copy()


def read_cifar10_jpegs(archive, split):
    """Decode one split of the JPEG copy (ImageFolder layout inside a .tar.xz)."""
    from PIL import Image

    decoded = []
    # One pass in archive order: seeking back in an xz stream would decompress it again.
    with tarfile.open(archive) as tar:
        for member in tar:
            if member.isfile() and f"/{split}/" in member.name:
                with Image.open(io.BytesIO(tar.extractfile(member).read())) as image:
                    pixels = np.asarray(image.convert("RGB"))
                decoded.append((member.name, pixels, CIFAR10_CLASSES.index(member.name.split("/")[-2])))
    decoded.sort(key=lambda item: item[0])  # the same order on every machine
    images = [pixels for _, pixels, _ in decoded]
    labels = [label for _, _, label in decoded]
    return np.stack(images).transpose(0, 3, 1, 2), np.array(labels)


def download(name, split):
    """torchvision's own download and decoding, into the cache folder."""
    import torchvision

    dataset_class = {"mnist": torchvision.datasets.MNIST, "cifar10": torchvision.datasets.CIFAR10}[name]
    dataset = dataset_class(cache_dir() / "torchvision", train=split == "train", download=True)
    images = np.asarray(dataset.data)
    if name == "cifar10":
        images = images.transpose(0, 3, 1, 2)  # stored as N, H, W, C; torch wants N, C, H, W
    return images, np.asarray(dataset.targets)


def load(name, split, read_offline):
    if split not in ("train", "test"):
        raise ValueError(f"split must be 'train' or 'test', not {split!r}")
    folder = offline_dir()
    source = "the offline copy" if folder else "torchvision's download"
    cached = cache_dir() / f"{name}-{split}-{'offline' if folder else 'download'}.npz"
    if cached.exists():
        with np.load(cached) as saved:
            images, labels = saved["images"], saved["labels"]
    else:
        if folder:
            images, labels = read_offline(folder, split)
        elif os.environ.get("TUTORIAL_DATA_DOWNLOAD") == "0":
            raise RuntimeError(
                f"{name} is not available: there is no offline copy (set TUTORIAL_DATA_DIR to the "
                f"folder that holds mnist/ and cifar10/, or put it at ../shared/data beside the "
                f"project) and downloading is switched off (TUTORIAL_DATA_DOWNLOAD=0).")
        else:
            try:
                images, labels = download(name, split)
            except Exception as error:
                raise RuntimeError(
                    f"{name} could not be downloaded ({error}). Connect to the internet, or set "
                    f"TUTORIAL_DATA_DIR to a folder that holds the offline copy.") from error
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_name(f"{cached.stem}.{os.getpid()}.partial.npz")
        np.savez(partial, images=images, labels=labels)
        partial.replace(cached)  # atomic: a process loading at the same time never sees half a file
    print(f"{name} {split}: {len(labels):,} images from {source}")
    return torch.from_numpy(images), torch.from_numpy(labels).long()


def read_mnist_offline(folder, split):
    if split == "train":
        raise RuntimeError(
            "the offline copy of MNIST holds only the official test set (10,000 images): "
            "load split='test' and divide it into training and held-out parts")
    return (read_idx(checked(folder, "mnist/t10k-images-idx3-ubyte.gz")),
            read_idx(checked(folder, "mnist/t10k-labels-idx1-ubyte.gz")))


def read_cifar10_offline(folder, split):
    return read_cifar10_jpegs(checked(folder, "cifar10/cifar10-jpeg.tar.xz"), split)


def load_mnist(split="test"):
    """MNIST digits: images [N, 28, 28] uint8 (0 to 255) and labels [N] int64 (0 to 9)."""
    return load("mnist", split, read_mnist_offline)


def load_cifar10(split="train"):
    """CIFAR-10: images [N, 3, 32, 32] uint8 and labels [N] int64; names in CIFAR10_CLASSES."""
    return load("cifar10", split, read_cifar10_offline)


if __name__ == "__main__":
    images, labels = load_mnist("test")
    print("MNIST:", tuple(images.shape), images.dtype, "labels", tuple(labels.shape), labels.dtype)
    images, labels = load_cifar10("test")
    print("CIFAR-10:", tuple(images.shape), images.dtype, "labels", tuple(labels.shape), labels.dtype)
    print("images per class:", torch.bincount(labels).tolist())

"""snippets/tutorial_data.py: offline copy, cache, and the messages when data is missing."""
import gzip
import sys

import numpy as np
import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "snippets"))
import tutorial_data  # noqa: E402


@pytest.fixture
def fake_copy(tmp_path, monkeypatch):
    """A tiny offline copy: 3 MNIST test images in IDX format, checksums switched to match."""
    folder = tmp_path / "data"
    (folder / "mnist").mkdir(parents=True)
    images = np.arange(3 * 28 * 28, dtype=np.uint8).reshape(3, 28, 28)
    header = bytes([0, 0, 8, 3]) + np.array([3, 28, 28], dtype=">i4").tobytes()
    (folder / "mnist" / "t10k-images-idx3-ubyte.gz").write_bytes(gzip.compress(header + images.tobytes()))
    labels_header = bytes([0, 0, 8, 1]) + np.array([3], dtype=">i4").tobytes()
    (folder / "mnist" / "t10k-labels-idx1-ubyte.gz").write_bytes(gzip.compress(labels_header + bytes([7, 2, 1])))
    import hashlib
    for name in ("mnist/t10k-images-idx3-ubyte.gz", "mnist/t10k-labels-idx1-ubyte.gz"):
        monkeypatch.setitem(tutorial_data.CHECKSUMS, name, hashlib.md5((folder / name).read_bytes()).hexdigest())
    monkeypatch.setenv("TUTORIAL_DATA_DIR", str(folder))
    monkeypatch.setenv("TUTORIAL_DATA_CACHE", str(tmp_path / "cache"))
    return folder, images


def test_loads_the_offline_copy_and_says_so(fake_copy, capsys):
    folder, expected = fake_copy
    images, labels = tutorial_data.load_mnist("test")
    assert images.dtype.is_floating_point is False and images.shape == (3, 28, 28)
    assert np.array_equal(images.numpy(), expected) and labels.tolist() == [7, 2, 1]
    assert "mnist test: 3 images from the offline copy" in capsys.readouterr().out


def test_second_load_comes_from_the_decoded_cache(fake_copy):
    folder, expected = fake_copy
    tutorial_data.load_mnist("test")
    for file in (folder / "mnist").iterdir():
        file.unlink()  # the source is gone, the cache still serves
    images, _ = tutorial_data.load_mnist("test")
    assert np.array_equal(images.numpy(), expected)


def test_a_damaged_copy_is_reported(fake_copy, monkeypatch):
    monkeypatch.setitem(tutorial_data.CHECKSUMS, "mnist/t10k-images-idx3-ubyte.gz", "0" * 32)
    with pytest.raises(RuntimeError, match="is damaged"):
        tutorial_data.load_mnist("test")


def test_offline_mnist_has_no_training_split(fake_copy):
    with pytest.raises(RuntimeError, match="only the official test set"):
        tutorial_data.load_mnist("train")


def test_no_copy_and_no_download_says_what_to_do(tmp_path, monkeypatch):
    monkeypatch.setenv("TUTORIAL_DATA_DIR", str(tmp_path / "absent"))
    monkeypatch.setattr(tutorial_data, "offline_dir", lambda: None)
    monkeypatch.setenv("TUTORIAL_DATA_DOWNLOAD", "0")
    monkeypatch.setenv("TUTORIAL_DATA_CACHE", str(tmp_path / "cache"))
    with pytest.raises(RuntimeError, match="set TUTORIAL_DATA_DIR"):
        tutorial_data.load_cifar10("test")


@pytest.mark.skipif(tutorial_data.offline_dir() is None, reason="no offline copy at ../shared/data")
def test_the_real_offline_copy_has_the_expected_shapes():
    images, labels = tutorial_data.load_mnist("test")
    assert images.shape == (10000, 28, 28) and labels.shape == (10000,)
    images, labels = tutorial_data.load_cifar10("test")
    assert images.shape == (10000, 3, 32, 32) and sorted(labels.unique().tolist()) == list(range(10))

"""Snippets pick their device the documented way: $TORCH_DEVICE, else cuda, then mps, then cpu."""
import pytest

from snippet_runner import execute
from snippet_runner.execute import SNIPPETS_DIR, run

BUILD_INFO = SNIPPETS_DIR / "getting_started" / "build_info.py"


@pytest.fixture
def device_variable(monkeypatch, tmp_path):
    monkeypatch.setenv("SNIPPETS_CACHE", str(tmp_path / "cache"))

    def set_device(value):
        if value is None:
            monkeypatch.delenv("TORCH_DEVICE", raising=False)
        else:
            monkeypatch.setenv("TORCH_DEVICE", value)
        execute.device.cache_clear()

    yield set_device
    execute.device.cache_clear()


def device_line(result):
    return next(line for line in result.section().stdout.splitlines() if line.startswith("device"))


def test_torch_device_overrides_the_choice(device_variable):
    device_variable("cpu")
    assert execute.device() == "cpu"
    assert device_line(run(BUILD_INFO)).split() == ["device", "cpu"]


@pytest.mark.cuda
def test_a_gpu_is_picked_when_present(device_variable):
    device_variable(None)
    assert execute.device() == "cuda"
    assert device_line(run(BUILD_INFO)).split() == ["device", "cuda"]

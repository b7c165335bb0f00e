"""Values from the run in the prose, and the guard against results typed by hand."""
from snippet_runner.values import find_values, format_value, render_values, typed_results

PAGE = """# A page

The CNN gets [[value projects/mnist/train.py:wrong]] images wrong, an accuracy of
[[value projects/mnist/train.py:accuracy:.1%]].

```text
[[value inside/a_fence.py:ignored]]
```

Write `[[value chapter/file.py:name]]` to quote a value.
"""


def test_values_are_found_outside_code_and_replaced():
    refs = find_values(PAGE)
    assert [(r.line, r.path, r.name, r.format) for r in refs] == [
        (3, "projects/mnist/train.py", "wrong", ""), (4, "projects/mnist/train.py", "accuracy", ".1%")]
    values = {"wrong": 16, "accuracy": 0.992}
    page = render_values(PAGE, lambda ref: format_value(values[ref.name], ref.format))
    assert "gets 16 images wrong, an accuracy of\n99.2%." in page
    assert "[[value inside/a_fence.py:ignored]]" in page and "`[[value chapter/file.py:name]]`" in page


def test_format_value():
    assert format_value(12345, "") == "12,345"
    assert format_value(0.98765, ".2%") == "98.77%"
    assert format_value(1.4142, ".1f") == "1.4"
    assert format_value("5", "") == "5" and format_value(True, "") == "True"


def test_the_guard_finds_typed_results_and_spares_parameters_values_and_code():
    page = """# Results

The network reaches 97.3% after training, 1.4x faster, and gets 18 of 2000 wrong.
The loss falls to 0.031, then 3e-05. It ends at 0.25.
Over 20 epochs it drops 20% of the weights.
With a learning rate of 0.01 and 2.5% dropout it trains; torch 2.14.1 is pinned.
It reaches [[value a.py:accuracy:.1%]] (`print(0.57)`), see [the table](page.md#1.5x).
The notes reach 47% on this set. <!-- typed: the notes' own figure, quoted -->

```python
print(0.123)
```
"""
    code = "lr = 0.01\ndropout = 0.025\nepochs = 20\n"
    found, exempt = typed_results(page, code)
    assert found == [(3, "97.3%"), (3, "1.4x"), (3, "18 of 2000"), (4, "0.031"), (4, "3e-05"), (4, "0.25"),
                     (5, "20%")]  # 20 is in the code, as a number of epochs: not the fraction 0.2
    assert exempt == [(8, "the notes' own figure, quoted")]

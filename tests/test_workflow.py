"""The CI workflow (.github/workflows/site.yml) cannot run here: lint it, and check what it must do.

The linter is check-jsonschema with the GitHub workflow schema it ships (SchemaStore's,
vendored in the package, so nothing is fetched): a misspelt key, a job without `runs-on`
or a malformed `on:` fails. The checks after it hold the workflow to what README.md says
it does.
"""
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

WORKFLOW = Path(__file__).resolve().parent.parent / ".github" / "workflows" / "site.yml"


def lint(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows",
                           str(path)], capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def workflow():
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def runs(job) -> str:
    return "\n".join(step.get("run", "") for step in job["steps"])


def test_the_workflow_passes_the_linter():
    result = lint(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_linter_rejects_a_broken_workflow(tmp_path):
    broken = WORKFLOW.read_text(encoding="utf-8").replace("runs-on: ubuntu-24.04", "run-on: ubuntu-24.04", 1)
    (tmp_path / "broken.yml").write_text(broken, encoding="utf-8")
    result = lint(tmp_path / "broken.yml")
    assert result.returncode != 0 and "runs-on" in result.stdout + result.stderr


def test_every_push_runs_make_test_on_the_cpu(workflow):
    on = workflow[True] if True in workflow else workflow["on"]  # YAML 1.1 reads the key `on` as True
    assert "push" in on and "pull_request" in on
    test = workflow["jobs"]["test"]
    assert "make test" in runs(test).splitlines()
    assert test["timeout-minutes"] <= 90


def test_the_snippets_run_in_shards_whose_merged_caches_make_test_reuses(workflow):
    snippets, test = workflow["jobs"]["snippets"], workflow["jobs"]["test"]
    shards = snippets["strategy"]["matrix"]["shard"]
    assert shards == list(range(1, workflow["env"]["SHARDS"] + 1))
    assert "python -m snippet_runner --quiet --shard ${{ matrix.shard }}/$SHARDS" in runs(snippets)
    upload = next(step for step in snippets["steps"] if step.get("uses", "").startswith("actions/upload-artifact"))
    assert upload["with"]["path"] == ".cache/snippets" and upload["with"]["include-hidden-files"] is True
    assert test["needs"] == "snippets"
    order = runs(test).splitlines()
    assert order.index(".venv/bin/python -m snippet_runner --merge shards/*") < order.index("make test")


def test_every_job_that_runs_snippets_fetches_the_offline_data_first(workflow):
    for name in ("snippets", "test", "gpu"):
        commands = runs(workflow["jobs"][name])
        fetch = "curl -fsSL \"$DATA_URL\" | tar -xz -C ../shared/data"
        assert fetch in commands, f"the {name} job does not fetch the offline datasets"
        later = "--shard" if name == "snippets" else "make test"
        assert commands.index(fetch) < commands.index(later)


def test_the_default_branch_publishes_the_strict_site_built_from_the_cache(workflow):
    default_branch_only = "github.event_name == 'push' && github.ref_name == github.event.repository.default_branch"
    test, publish = workflow["jobs"]["test"], workflow["jobs"]["publish"]
    build = next(step for step in test["steps"] if "mkdocs build" in step.get("run", ""))
    assert "--strict" in build["run"] and build["if"] == default_branch_only
    assert build["env"] == {"SITE_URL": "${{ vars.SITE_URL }}", "SNIPPETS_MODE": "cache"}  # nothing runs twice
    upload = next(step for step in test["steps"] if step.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["if"] == default_branch_only
    assert publish["needs"] == "test" and publish["if"] == default_branch_only
    assert [step["uses"].split("@")[0] for step in publish["steps"]] == ["actions/deploy-pages"]
    assert publish["permissions"] == {"pages": "write", "id-token": "write"}
    assert workflow["permissions"] == {"contents": "read"}  # only the publishing job may write


def test_the_gpu_job_runs_make_test_on_cuda_and_keeps_the_timings(workflow):
    gpu = workflow["jobs"]["gpu"]
    assert gpu["if"] == "vars.GPU_RUNNER == 'true'" and "gpu" in gpu["runs-on"]
    tested = next(step for step in gpu["steps"] if step.get("run") == "make test")
    assert tested["env"] == {"TORCH_DEVICE": "cuda"}
    assert "benchmarks/chapter_timings.py --device cuda" in runs(gpu)
    upload = next(step for step in gpu["steps"] if step.get("uses", "").startswith("actions/upload-artifact"))
    assert upload["with"]["path"] == "docs/going-further/timings/cuda.json"

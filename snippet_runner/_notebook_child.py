"""Runs one chapter notebook in a Jupyter kernel; started by notebooks.run_notebook, never imported.

    python _notebook_child.py NOTEBOOK.ipynb OUT.json

The notebook runs in its own folder (tutorial_data.py beside it), as a reader's
would. OUT.json gets each code cell's printed text with the snippet section it
holds; on an error it gets the failing cell and the traceback, and the exit code is 1.
"""

import json
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError


def main():
    notebook_path, out = Path(sys.argv[1]), Path(sys.argv[2])
    notebook = nbformat.read(notebook_path, as_version=4)
    client = NotebookClient(notebook, timeout=None, kernel_name="python3",
                            resources={"metadata": {"path": str(notebook_path.parent)}})
    try:
        client.execute()
    except CellExecutionError as error:
        out.write_text(json.dumps({"error": str(error)}))
        sys.exit(1)
    cells = [{"snippet": cell.metadata.get("snippet"),
              "stdout": "".join(o.get("text", "") for o in cell.outputs
                                if o.output_type == "stream" and o.name == "stdout")}
             for cell in notebook.cells if cell.cell_type == "code"]
    out.write_text(json.dumps({"cells": cells}))


if __name__ == "__main__":
    main()

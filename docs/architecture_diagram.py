"""Draw docs/ARCHITECTURE.md's diagram from the code: which folder imports which.

python docs/architecture_diagram.py           # print the Mermaid diagram
python docs/architecture_diagram.py --write   # put it into docs/ARCHITECTURE.md
tests/test_architecture.py fails when the committed diagram no longer matches the code.
"""

from __future__ import annotations

import sys
from pathlib import Path

import grimp

DOC = Path(__file__).resolve().with_name("ARCHITECTURE.md")
sys.path.insert(0, str(DOC.parent.parent))  # this checkout's packages, not an installed copy
BEGIN, END = "<!-- diagram:begin -->", "<!-- diagram:end -->"
#: The boxes, most specific first; a module belongs to the first box its name starts with.
BOXES = (
    "desktop.__main__",
    "desktop.ui.clinician",
    "desktop.ui.district",
    "desktop.ui.training",
    "desktop.ui.widgets",
    "desktop.ui",
    "desktop.cli",
    "desktop.exchange",
    "desktop.national",
    "desktop.district",
    "desktop.sync",
    "desktop.audit",
    "desktop.privacy",
    "desktop.accounts",
    "desktop.training",
    "desktop",
    "models",
    "explainers",
)


#: Modules that start or check the whole app, drawn with the `kuona` entry point.
ENTRY = ("desktop.selftest", "desktop.bundle_check")


def box(module: str) -> str:
    """The box a module is drawn in."""
    if module in ENTRY:
        return "desktop.__main__"
    for name in BOXES:
        if module == name or module.startswith(name + "."):
            return name
    raise ValueError(module)


def edges() -> list[tuple[str, str]]:
    """Every (importer box, imported box) pair found in the code, sorted."""
    graph = grimp.build_graph("desktop", "models", "explainers")
    found = set()
    for module in graph.modules:
        for imported in graph.find_modules_directly_imported_by(module):
            a, b = box(module), box(imported)
            if a != b:
                found.add((a, b))
    return sorted(found)


def mermaid() -> str:
    """The diagram as a Mermaid flowchart (GitHub draws it)."""
    label = {name: name.replace("desktop.", "").replace(".", "/") for name in BOXES}
    label["desktop"] = "desktop core (consultation, settings, messages, …)"
    label["desktop.__main__"] = "kuona (entry point, self-test, bundle check)"
    lines = ["```mermaid", "flowchart TD"]
    lines += [f'  {n.replace(".", "_")}["{label[n]}"]' for n in BOXES]
    lines += [f"  {a.replace('.', '_')} --> {b.replace('.', '_')}" for a, b in edges()]
    lines.append("```")
    return "\n".join(lines)


def with_diagram(text: str) -> str:
    """`text` (the document) with the diagram between its markers replaced by the current one."""
    head, _, rest = text.partition(BEGIN)
    _, _, tail = rest.partition(END)
    return f"{head}{BEGIN}\n{mermaid()}\n{END}{tail}"


if __name__ == "__main__":
    if sys.argv[1:] == ["--write"]:
        DOC.write_text(with_diagram(DOC.read_text(encoding="utf-8")), encoding="utf-8")
    else:
        print(mermaid())

"""`sneaker eval`: how well the extractor does on a labeled JSON Lines file.

Labeled lines are classify input plus `label_kind`, `label_company`, `label_role` (null =
not applicable). Company and role are compared in normalized form (case, punctuation,
"Inc."/"LLC" suffixes, a leading "The"; for companies also Latin-script accents, since
"Mondelēz" and "Mondelez" are one employer written two ways); rows whose label is null
are left out of that field's accuracy.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from extractors.cli_io import classify_records, line_count, read_records, with_progress
from extractors.kinds import KINDS
from extractors.lexicon import employer_key, normalize_role

# The fields of a labeled line: what `sneaker classify` reads, then the labels.
LABELED_FIELDS = (
    "id",
    "from",
    "to",
    "date",
    "subject",
    "body",
    "thread_id",
    "label_kind",
    "label_company",
    "label_role",
)


def score(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """Per-kind precision/recall/F1, confusion matrix and accuracy from (truth, predicted)."""
    kinds = list(KINDS) + sorted({k for pair in pairs for k in pair} - set(KINDS))
    confusion = {t: {p: 0 for p in kinds} for t in kinds}
    for truth, predicted in pairs:
        confusion[truth][predicted] += 1
    per_kind = {}
    for kind in kinds:
        tp = confusion[kind][kind]
        predicted = sum(confusion[t][kind] for t in kinds)
        support = sum(confusion[kind].values())
        precision = tp / predicted if predicted else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_kind[kind] = {
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "support": support,
            "predicted": predicted,
        }
    correct = sum(1 for t, p in pairs if t == p)
    return {
        "n": len(pairs),
        "kind_accuracy": correct / len(pairs) if pairs else 0.0,
        "per_kind": per_kind,
        "confusion": confusion,
    }


def field_accuracy(pairs: list[tuple[str | None, str | None]], normalize) -> tuple[float, int]:
    scored = [(t, p) for t, p in pairs if t]
    if not scored:
        return 0.0, 0
    hits = sum(1 for t, p in scored if normalize(t) == normalize(p))
    return hits / len(scored), len(scored)


def evaluate_file(path: Path, *, out: Console, console: Console | None = None) -> dict[str, Any]:
    """Classify a labeled file, print the figures and return them (with a progress bar on
    `console` while it classifies, when that is a terminal)."""
    labeled: dict[str, dict] = {}
    with Path(path).open(encoding="utf-8") as source:
        classified = classify_records(read_records(source, out, keep=labeled))
        total = line_count(source)
        results = list(with_progress(classified, console or out, "Classifying", total))
    kinds, companies, roles, misses = [], [], [], []
    for result in results:
        item = labeled[result["id"]]
        truth = item.get("label_kind")
        if not truth:
            out.print(f"{result['id']}: no label_kind, left out", markup=False)
            continue
        kinds.append((truth, result["kind"]))
        companies.append((item.get("label_company"), result["company"]))
        roles.append((item.get("label_role"), result["role"]))
        if truth != result["kind"]:
            misses.append({"id": result["id"], "label": truth, "predicted": result["kind"]})
    figures = score(kinds)
    figures["company_accuracy"], figures["company_n"] = field_accuracy(companies, employer_key)
    figures["role_accuracy"], figures["role_n"] = field_accuracy(roles, normalize_role)
    figures["rejection_f1"] = figures["per_kind"].get("rejection", {}).get("f1", 0.0)
    figures["misses"] = misses
    print_figures(figures, out, title=str(path))
    return figures


def print_figures(figures: dict[str, Any], out: Console, *, title: str) -> None:
    table = Table(title=f"Kinds: {title}")
    for column in ("kind", "precision", "recall", "F1", "support"):
        table.add_column(column, justify="left" if column == "kind" else "right")
    for kind, row in figures["per_kind"].items():
        if row["support"] or row["predicted"]:
            table.add_row(
                kind,
                f"{row['precision']:.3f}",
                f"{row['recall']:.3f}",
                f"{row['f1']:.3f}",
                str(row["support"]),
            )
    out.print(table)
    kinds = [k for k, row in figures["per_kind"].items() if row["support"] or row["predicted"]]
    matrix = Table(title="Confusion matrix (rows: label, columns: predicted)")
    matrix.add_column("label")
    for kind in kinds:
        matrix.add_column(_short(kind), justify="right")
    for truth in kinds:
        matrix.add_row(_short(truth), *(str(figures["confusion"][truth][p] or ".") for p in kinds))
    out.print(matrix)
    out.print(f"messages: {figures['n']}")
    out.print(f"kind accuracy: {figures['kind_accuracy']:.3f}")
    out.print(f"rejection F1: {figures['rejection_f1']:.3f}")
    out.print(f"company accuracy: {figures['company_accuracy']:.3f} (n={figures['company_n']})")
    out.print(f"role accuracy: {figures['role_accuracy']:.3f} (n={figures['role_n']})")


def _short(kind: str) -> str:
    return {
        "application_confirmation": "confirm",
        "interview_invitation": "interview",
        "recruiter_outreach": "outreach",
        "status_update": "status",
    }.get(kind, kind)

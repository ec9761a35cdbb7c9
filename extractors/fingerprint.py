"""Fingerprints of what the learned parts were trained on, written beside their weights.

Each trainer (`make train`) writes `<weights stem>.fingerprint.json` beside the weights it
writes: a digest of what its fit reads (the featurized training rows in order, the fit's
settings and the source of the code that turns those rows into weights) and the sha256 of
the weights file. The suite's shipped-weights tests recompute the digest from the repo's
data and code (the pipeline over the training mails, no training) and compare. With the
fit deterministic (tests train twice on a small sample), equal inputs and the recorded
weights' hash say what a retrain would: the shipped weights are what the command writes,
in a minute instead of the ten a retrain of all four takes. The retrain itself stays as an
opt-in check (`make check-weights`, SNEAKER_CHECK_WEIGHTS=1), run after each retrain.

Stricter than the retrain comparison it stands in for: any change to a training row fails
it, also one whose retrained weights would still decide the same (a cue rule that moves a
feature of one training mail). The remedy is the same: the lead's `make train`.
"""

from __future__ import annotations

import ast
import hashlib
import inspect
import json
import textwrap
from collections.abc import Callable
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Any

import numpy as np

# Significant digits a float keeps in a digest, and the mantissa bits a float array keeps
# (40 of 52, about 12 digits): a feature computed again by another numpy or libm build may
# differ in its last bits without the fit learning anything else.
FLOAT_DIGITS = 12
_DROPPED_BITS = 12


def _rounded(array: np.ndarray) -> np.ndarray:
    """Float64 values rounded to the nearest with the mantissa's last _DROPPED_BITS zero (a
    carry moves into the exponent, as rounding up to the next power of two should)."""
    bits = array.astype(np.float64).view(np.uint64)
    half = np.uint64(1 << (_DROPPED_BITS - 1))
    mask = ~np.uint64((1 << _DROPPED_BITS) - 1)
    return (bits + half) & mask


class Digest:
    """A blake2b digest of a sequence of values (None, bool, int, float, str, bytes, numpy
    arrays, and lists, tuples, dicts and dataclasses of them), each fed with its type and
    length so that no two sequences of values feed the same bytes."""

    def __init__(self) -> None:
        self._hash = hashlib.blake2b(digest_size=16)

    def add(self, *values: Any) -> Digest:
        for value in values:
            self._feed(value)
        return self

    def hexdigest(self) -> str:
        return self._hash.hexdigest()

    def _feed(self, value: Any) -> None:
        update = self._hash.update
        if value is None:
            update(b"N")
        elif isinstance(value, bool | np.bool_):
            update(b"T" if value else b"F")
        elif isinstance(value, int | np.integer):
            update(b"i%d;" % int(value))
        elif isinstance(value, float | np.floating):
            update(b"f" + format(float(value), f".{FLOAT_DIGITS}g").encode() + b";")
        elif isinstance(value, str):
            self._feed(value.encode())
        elif isinstance(value, bytes):
            update(b"b%d:" % len(value))
            update(value)
        elif isinstance(value, np.ndarray):
            array = np.ascontiguousarray(value)
            if array.dtype.kind == "f":
                array = _rounded(array)
            update(f"a{array.dtype.str}{array.shape}:".encode())
            update(array.tobytes())
        elif isinstance(value, list | tuple):
            update(b"l%d:" % len(value))
            for item in value:
                self._feed(item)
        elif isinstance(value, dict):
            update(b"d%d:" % len(value))
            for key in sorted(value, key=str):
                self._feed(str(key))
                self._feed(value[key])
        elif is_dataclass(value) and not isinstance(value, type):
            update(b"o" + type(value).__name__.encode() + b":")
            for field in fields(value):
                self._feed(field.name)
                self._feed(getattr(value, field.name))
        else:
            raise TypeError(f"no digest of a {type(value).__name__}")


def _without_docstrings(tree: ast.AST) -> ast.AST:
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Module):
            body = node.body
            if (
                body
                and isinstance(body[0], ast.Expr)
                and isinstance(body[0].value, ast.Constant)
                and isinstance(body[0].value.value, str)
            ):
                node.body = body[1:] or [ast.Pass()]
    return tree


def code(*functions: Callable[..., Any]) -> list[str]:
    """The functions' code as the interpreter reads it: their source parsed and written out
    again without comments, docstrings or layout (so that rewording a comment or `ruff
    format` needs no retrain, and any change to what they compute does)."""
    return [
        ast.unparse(_without_docstrings(ast.parse(textwrap.dedent(inspect.getsource(f)))))
        for f in functions
    ]


def path_of(weights: Path) -> Path:
    """Where the fingerprint of a weights file is kept: kind_textcat.bin ->
    kind_textcat.fingerprint.json, in the same folder."""
    return weights.with_name(weights.stem + ".fingerprint.json")


def record(weights: Path) -> dict[str, Any]:
    """The fingerprint kept beside a weights file (`write`'s record)."""
    return json.loads(path_of(weights).read_text(encoding="utf-8"))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write(weights: Path, inputs: str, command: str) -> Path:
    """Record, beside freshly written weights, the fingerprint of what they were fitted on."""
    record = {
        "about": f"what {weights.name} was trained on; written by `{command}` (make train)",
        "inputs": inputs,
        "weights_sha256": sha256(weights),
    }
    path = path_of(weights)
    path.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    return path


def mismatches(weights: Path, inputs: str, command: str) -> list[str]:
    """Why the weights file is not known to be what `command` writes from these inputs
    (empty: it is)."""
    path = path_of(weights)
    if not path.exists():
        return [f"{path.name} is missing: run `{command}` (make train) and commit both files"]
    kept = record(weights)
    problems = []
    if kept.get("inputs") != inputs:
        problems.append(
            f"the training inputs of {weights.name} changed (its rows, settings or fit code)"
            f" since it was trained: run `{command}` (make train) and commit"
            f" {weights.name} and {path.name}"
        )
    if kept.get("weights_sha256") != sha256(weights):
        problems.append(
            f"{weights.name} is not the file its training wrote (sha256 differs from"
            f" {path.name}): retrain with `{command}` instead of editing it"
        )
    return problems

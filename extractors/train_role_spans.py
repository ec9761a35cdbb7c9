"""Train the title-span finder (extractors.role_spans) on the labeled sets.

    python -m extractors.train_role_spans           # writes extractors/role_spans.npz
    python -m extractors.train_role_spans --lowo    # leave-one-writer-out beside the rules
    python -m extractors.train_role_spans --lowo --folds 6   # writers held out in six groups

Reads the labeled JSON Lines the textcat trains on (extractors/config.cfg
[sneaker.textcat_training] data; settings in [sneaker.role_span_training]) and runs the
pipeline over them with the span finder off. Every labeled mail of a kind that may carry a
title teaches: a candidate span is right when it equals label_role as `sneaker eval` compares
them (lexicon.normalize_role); a mail whose label_role is null has no right span. The fit is a
softmax over each mail's spans and "no title" (conditional logistic regression), L2 penalty,
full-batch Adam from zero (the same data give the same weights).

Then, with [components.sneaker_role] switch_weights set, the switch (extractors.role_switch):
the finder is fitted again with the writers in switch_folds groups, each group's mail scored by
the weights fitted without it, and a logistic regression is fitted on those held-out scores
(the mails whose rules' title may carry a qualifier and whose best span on its lines is another
title, one of the two right); written to the config's switch_weights.

--lowo: for each writer's set (realstyle_<writer>.jsonl) trains on every other file and scores
that writer's labeled mail: role accuracy of the rules alone and of the rules with the finder
where they find no title, at each threshold of the config's list; pooled, study and check
means (extractors.heldout.CHECK_WRITERS), and how many mails whose label_role is null get a
title from the rules alone and from the rules with the finder. One fit per writer set, each
about a minute of CPU; --folds k holds out every k-th writer together (k fits; each writer is
still scored by weights trained without its mail, on fewer writers), --writers only the
writers named. With the switch on, also role accuracy with the switch at each threshold: per
group, the switch fitted on the other writers' held-out scores (switch_folds more fits first,
over every writer: the scores of the other writers' mail come from fits that saw the group's).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import spacy
from rich.console import Console
from spacy.language import Language
from spacy.tokens import Doc

from extractors import fingerprint, heldout
from extractors.cli_io import read_labeled
from extractors.docmeta import facts, meta, text_of
from extractors.lexicon import normalize_role, role_folded
from extractors.messages import collector_paused
from extractors.pipeline import CONFIG_PATH, record_doc
from extractors.role_spans import BITS, Spans, best_span, none_ids, scores, spans
from extractors.role_switch import FEATURES as SWITCH_FEATURES
from extractors.role_switch import RoleSwitch, may_switch, on_lines, title_lines
from extractors.role_switch import features as switch_features
from extractors.roles import RoleFinder
from extractors.train_roles import role_nlp, training_files, writer_of

COMMAND = "python -m extractors.train_role_spans"


@dataclass
class Mail:
    """One labeled mail: its candidate spans, which are right, and the rules' result."""

    writer: str
    found: Spans | None  # None when the finder does not run on it (kind) or has no span
    right: np.ndarray  # bool per span
    label: str  # normalized label_role ("" = null)
    rules: str  # normalized role the pipeline gives without the finder ("" = none)
    text: str  # the doc's text, which the spans' character offsets index
    kind: str = ""
    best: list | None = None  # the rules' title (an entry of RoleFinder.choices) or None
    titles: int = 0  # how many titles the rules found
    subject_end: int = 0

    def title(self, index: int) -> str:
        """The normalized text of span `index` (made when asked: a mail has hundreds of
        spans, and the figures read only the best one's)."""
        return normalize_role(self.text[slice(*self.found.chars(index))])


def span_nlp(config_path: Path = CONFIG_PATH) -> Language:
    """The config's pipeline with the span finder off (what it adds is being measured)."""
    return role_nlp(config_path, {"components.sneaker_role.span_weights": ""})


def labeled_mails(nlp: Language, paths: Iterable[Path], kinds: Collection[str]) -> list[Mail]:
    """Every labeled mail of the files, with its spans where the finder would run."""
    finder = nlp.get_pipe("sneaker_role")
    mails = []
    for path in paths:
        records, labeled = read_labeled(path)
        with collector_paused():
            docs = list(nlp.pipe(record_doc(nlp, record) for record in records))
        writer = writer_of(Path(path))
        for record, doc in zip(records, docs, strict=True):
            mail = mail_of(finder, doc, labeled[record["message_key"]], writer, kinds)
            if mail is not None:
                mails.append(mail)
    return mails


def mail_of(
    finder: RoleFinder, doc: Doc, item: dict, writer: str, kinds: Collection[str]
) -> Mail | None:
    """A doc run through the whole pipeline (the span finder off) as a Mail, or None when
    its labeled item has no label_role (also what extractors.training_pass gathers)."""
    if "label_role" not in item:
        return None
    label = normalize_role(item["label_role"])
    kind = facts(doc).get("kind") or "other"
    found = spans(doc, kind) if kind in kinds else None
    count = len(found.starts) if found else 0
    # the role as the pipeline reports it (RoleFinder.reported already applied)
    rules = normalize_role(facts(doc).get("role"))
    mail = Mail(
        writer,
        found,
        np.zeros(count, dtype=bool),
        label,
        rules,
        text_of(doc),
        kind,
        subject_end=meta(doc).get("subject_end", 0),
    )
    if kind not in finder.skip_kinds:  # what the switch weighs against the finder
        mail.best, mail.titles = finder.chosen(doc)
    if label:  # a null label has no right span
        mail.right = right_spans(mail)
    return mail


def right_spans(mail: Mail) -> np.ndarray:
    """Which of a mail's spans have the label's title (Mail.title(k) == label). The text is
    folded once where it folds character for character: normalizing each of the ~700k spans
    of the training mail on its own was a third of the shared training pass."""
    count = len(mail.found.starts) if mail.found else 0
    folded = role_folded(mail.text) if count else None
    if folded is None:
        return np.array([mail.title(k) == mail.label for k in range(count)], dtype=bool)
    found = mail.found
    starts = found.offsets[found.starts, 0].tolist()
    ends = found.offsets[found.ends - 1, 1].tolist()
    label = mail.label
    return np.array(
        [" ".join(folded[a:b].split()) == label for a, b in zip(starts, ends, strict=True)],
        dtype=bool,
    )


def batch(parts: list[Mail]) -> Spans:
    """The spans of mails that have some in one Spans (token positions offset per mail, no
    character offsets)."""
    offsets = np.cumsum([0] + [len(m.found.inside) for m in parts])
    return Spans(
        np.concatenate([m.found.starts + o for m, o in zip(parts, offsets, strict=False)]),
        np.concatenate([m.found.ends + o for m, o in zip(parts, offsets, strict=False)]),
        np.empty((0, 2)),
        np.concatenate([m.found.inside for m in parts]),
        np.concatenate([m.found.first for m in parts]),
        np.concatenate([m.found.last for m in parts]),
        np.concatenate([m.found.before for m in parts]),
        np.concatenate([m.found.after for m in parts]),
        np.concatenate([m.found.span for m in parts]),
    )


def add_shares(grad: np.ndarray, ids: np.ndarray, share: np.ndarray, rows: int = 1 << 18) -> None:
    """Add each row's share to the weights its feature ids name (ids: one row per token or
    span), a block of rows at a time: the same sums in the same order as one np.bincount over
    every id, without the arrays of every id and share at once (~35M entries, ~1 GB)."""
    for at in range(0, len(ids), rows):
        block = ids[at : at + rows]
        np.add.at(grad, block.ravel(), np.repeat(share[at : at + rows], block.shape[1]))


def fit_choice(mails: list[Mail], l2: float, steps: int, rate: float) -> np.ndarray:
    """Weights of a softmax over each mail's spans and its "no title" choice (full-batch
    Adam from zero): the right span is taught where the mail has one, "no title" elsewhere."""
    parts = [m for m in mails if m.found is not None]
    b = batch(parts)
    size = 1 << BITS
    counts = np.array([len(m.found.starts) for m in parts])
    first = np.concatenate(([0], np.cumsum(counts)[:-1]))
    mail = np.repeat(np.arange(len(parts)), counts)
    nones = np.array([none_ids(m.kind) for m in parts])
    has = np.array([bool(m.right.any()) for m in parts])
    right = np.concatenate([m.right for m in parts]).astype(float)
    # the right spans share the mail's probability mass; "no title" takes it where none is
    y = right / np.maximum(np.bincount(mail, right, len(parts)), 1.0)[mail]
    n_tokens = len(b.inside)
    s, e = b.starts, b.ends
    w = np.zeros(size)
    m1 = np.zeros(size)
    m2 = np.zeros(size)
    scale = 1.0 / len(parts)
    for step in range(1, steps + 1):
        values = scores(w, b)
        none = w[nones].sum(1)
        top = np.maximum(np.maximum.reduceat(values, first), none)
        ev = np.exp(values - top[mail])
        en = np.exp(none - top)
        total = np.add.reduceat(ev, first) + en
        r = (ev / total[mail] - y) * scale
        r_none = (en / total - ~has) * scale
        # each token's share: the residuals of the spans that hold it, start or end at it
        held = np.cumsum(np.bincount(s, r, n_tokens + 1) - np.bincount(e, r, n_tokens + 1))
        at_start = np.bincount(s, r, n_tokens)
        at_end = np.bincount(e - 1, r, n_tokens)
        grad = np.zeros(size)
        for ids, share in (
            (b.inside, held[:n_tokens]),
            (b.first, at_start),
            (b.before, at_start),
            (b.last, at_end),
            (b.after, at_end),
            (b.span, r),
            (nones, r_none),
        ):
            add_shares(grad, ids, share)
        grad += 2 * l2 * w
        m1 = 0.9 * m1 + 0.1 * grad
        m2 = 0.999 * m2 + 0.001 * grad * grad
        w -= rate * (m1 / (1 - 0.9**step)) / (np.sqrt(m2 / (1 - 0.999**step)) + 1e-8)
    return w


def choice_results(mails: list[Mail], w: np.ndarray) -> list[tuple[float, str]]:
    """Per mail: the best span's probability against its other spans and "no title", and its
    normalized text (0, "" without spans)."""
    out = []
    for m in mails:
        if m.found is None:
            out.append((0.0, ""))
            continue
        top, chance = best_span(w, m.found, m.kind)
        out.append((chance, m.title(top)))
    return out


def fit_finder(mails: list[Mail], settings: dict) -> np.ndarray:
    """fit_choice with the config's settings ([sneaker.role_span_training])."""
    return fit_choice(mails, float(settings["l2"]), int(settings["steps"]), float(settings["rate"]))


def _writers(mails: list[Mail]) -> list[str]:
    """The writers of the mails' sets (the dev sets are always trained on), a-z, aa ..."""
    return sorted({m.writer for m in mails} - {"dev"}, key=lambda w: (len(w), w))


def held_out_scores(
    mails: list[Mail], settings: dict, folds: int
) -> list[tuple[np.ndarray, float] | None]:
    """Per mail, the finder's span scores and "no title" score by weights fitted without its
    writer's mail (the writers in `folds` groups; None for the dev sets and mail without
    spans): what the switch learns to trust."""
    held: list[tuple[np.ndarray, float] | None] = [None] * len(mails)
    for group in heldout.split_folds(_writers(mails), folds):
        w = fit_finder([m for m in mails if m.writer not in group], settings)
        for k, m in enumerate(mails):
            if m.writer in group and m.found is not None:
                held[k] = (scores(w, m.found), float(w[none_ids(m.kind)].sum()))
    return held


@dataclass
class SwitchRow:
    """A mail where the finder's best span is another title than the rules'."""

    mail: int  # index in the list of mails
    row: list[float]  # role_switch.FEATURES
    finder_right: bool
    rules_right: bool
    title: str  # the finder's span, normalized


def switch_rows(
    mails: list[Mail], scored: list[tuple[np.ndarray, float] | None]
) -> list[SwitchRow]:
    """The mails the switch decides (the rules' title may carry a qualifier, the finder's best
    span is another title), with the finder's scores given per mail."""
    rows = []
    for k, (m, found) in enumerate(zip(mails, scored, strict=True)):
        if found is None or not m.rules or m.best is None or not may_switch(m.best[1]):
            continue
        # the spans on the title's lines, as the RoleFinder asks the finder for them
        keep = on_lines(m.found, title_lines(m.text, m.best))
        if not keep.any():
            continue
        found_span = m.found.span[keep]
        some = replace(
            m.found, starts=m.found.starts[keep], ends=m.found.ends[keep], span=found_span
        )
        top, row = switch_features(
            some, found[0][keep], found[1], m.best, m.titles, m.text, m.subject_end
        )
        title = normalize_role(m.text[slice(*some.chars(top))])
        if title != m.rules:
            rows.append(
                SwitchRow(k, row, bool(m.label) and title == m.label, m.rules == m.label, title)
            )
    return rows


def fit_logistic(rows: np.ndarray, taken: np.ndarray, l2: float, steps: int = 50) -> np.ndarray:
    """Weights of the switch's logistic regression (Newton's method from zero: the same data
    give the same weights); the bias (the first column) is not penalized."""
    w = np.zeros(rows.shape[1])
    penalty = np.full(rows.shape[1], 2 * l2)
    penalty[0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(rows @ w)))
        grad = rows.T @ (p - taken) + penalty * w
        hessian = (rows * (p * (1 - p))[:, None]).T @ rows + np.diag(penalty)
        step = np.linalg.solve(hessian, grad)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    return w


def fit_switch(rows: list[SwitchRow], l2: float) -> np.ndarray:
    """The switch's weights, taught by the mails where one of the two titles is right."""
    taught = [r for r in rows if r.finder_right != r.rules_right]
    return fit_logistic(
        np.array([r.row for r in taught]), np.array([float(r.finder_right) for r in taught]), l2
    )


def finder_fingerprint(mails: list[Mail], settings: dict) -> str:
    """A digest of what fit_finder fits the finder's weights on: each mail's spans with their
    feature ids, which are right and its kind, in order; the fit's settings and code."""
    digest = fingerprint.Digest().add(
        "role_spans/1",
        BITS,
        {k: float(settings[k]) for k in ("l2", "steps", "rate")},
        fingerprint.code(fit_finder, fit_choice, batch, add_shares, scores, none_ids),
    )
    for m in mails:
        if m.found is not None:
            digest.add(m.found, m.right, m.kind)
    return digest.hexdigest()


def switch_fingerprint(mails: list[Mail], settings: dict) -> str:
    """A digest of what the switch is fitted on: every field of every mail (the folds' fits
    read the spans and writers, switch_rows the rules' title, text and label), the settings
    of the finder and the switch, and the code from the folds' fits to the switch's."""
    digest = fingerprint.Digest().add(
        "role_switch/1",
        list(SWITCH_FEATURES),
        {k: float(settings[k]) for k in ("l2", "steps", "rate", "switch_folds", "switch_l2")},
        fingerprint.code(
            fit_finder,
            fit_choice,
            batch,
            add_shares,
            scores,
            none_ids,
            _writers,
            heldout.split_folds,
            held_out_scores,
            switch_rows,
            switch_features,
            may_switch,
            on_lines,
            title_lines,
            fit_logistic,
            fit_switch,
        ),
    )
    for m in mails:
        digest.add(m)
    return digest.hexdigest()


def switch_taken(
    mails: list[Mail], w: np.ndarray, switch: np.ndarray, threshold: float
) -> dict[int, str]:
    """The finder's span (normalized) where the switch takes it, by mail index; w: the
    finder's weights."""
    scored = [
        (scores(w, m.found), float(w[none_ids(m.kind)].sum())) if m.found is not None else None
        for m in mails
    ]
    decide = RoleSwitch(switch, threshold)
    return {r.mail: r.title for r in switch_rows(mails, scored) if decide.takes(r.row)}


def figures(
    mails: list[Mail],
    w: np.ndarray,
    thresholds: list[float],
    switched: dict[int, str] | None = None,
) -> dict[str, list[int]]:
    """Counts over a set of mail: labeled titles, right by the rules, right with the finder at
    each threshold; null-labeled mails, titled by the rules, titled with the finder; with
    `switched` (the span the switch takes, by mail), right with the switch too, the finder at
    each threshold."""
    found = choice_results(mails, w)
    switched = switched or {}
    # (index, mail, its best span's probability and title) of the mails with a labeled title
    titled = [(k, m, *f) for k, (m, f) in enumerate(zip(mails, found, strict=True)) if m.label]
    null = [(m, p) for m, (p, _) in zip(mails, found, strict=True) if not m.label]

    def right(m: Mail, p: float, title: str, t: float) -> bool:
        """The rules' title where they find one, else the best span at threshold t."""
        return m.rules == m.label if m.rules else p >= t and title == m.label

    return {
        "n": [len(titled)],
        "rules": [sum(m.rules == m.label for _, m, _, _ in titled)],
        "finder": [sum(right(m, p, title, t) for _, m, p, title in titled) for t in thresholds],
        "switch": [
            sum(
                switched[k] == m.label if k in switched else right(m, p, title, t)
                for k, m, p, title in titled
            )
            for t in thresholds
        ],
        "null": [len(null)],
        "null_rules": [sum(bool(m.rules) for m, _ in null)],
        "null_finder": [sum(bool(m.rules) or p >= t for m, p in null) for t in thresholds],
    }


def leave_one_writer_out(
    mails: list[Mail],
    settings: dict,
    check: Collection[str],
    out: Console,
    only: Collection[str] | None = None,
    folds: int = 0,
    switch_threshold: float = 0.0,
) -> None:
    """Per writer, then pooled / study / check: role accuracy of the rules and of the rules
    with the finder at each threshold, and the share of null-labeled mail given a title.
    With a switch_threshold, the same with the switch too: trained on the other writers'
    mail, as `make train` trains it, on held-out finder scores of settings' switch_folds."""
    thresholds = [float(t) for t in settings["thresholds"]]
    rows = {}
    out.print("threshold: " + " ".join(f"{t:>5}" for t in thresholds))
    asked = None  # the switch's rows of every writer, by held-out finders
    if switch_threshold:
        asked = switch_rows(mails, held_out_scores(mails, settings, int(settings["switch_folds"])))
    # one writer held out per fit, or with folds=k every k-th writer together (each writer is
    # still scored by weights trained without its mail, on fewer writers: k fits in all)
    writers = [w for w in _writers(mails) if not only or w in only]
    for group in heldout.split_folds(writers, folds):
        w = fit_finder([m for m in mails if m.writer not in group], settings)
        switch = None
        if asked is not None:
            switch = fit_switch(
                [r for r in asked if mails[r.mail].writer not in group],
                float(settings["switch_l2"]),
            )
        for writer in group:
            own = [m for m in mails if m.writer == writer]
            switched = {}
            if switch is not None:
                switched = switch_taken(own, w, switch, switch_threshold)
            rows[writer] = figures(own, w, thresholds, switched)
    for writer in writers:
        row = rows[writer]
        n = row["n"][0]
        mark = "check" if writer in check else "study"
        out.print(
            f"{writer:>3} {mark} n={n:4} rules {row['rules'][0] / n:.3f} finder "
            + " ".join(f"{r / n:.3f}" for r in row["finder"])
            + f"  null n={row['null'][0]} rules {row['null_rules'][0]} finder "
            + " ".join(str(r) for r in row["null_finder"])
            + (
                " switch " + " ".join(f"{r / n:.3f}" for r in row["switch"])
                if switch_threshold
                else ""
            )
        )
    n = sum(r["n"][0] for r in rows.values())
    null = sum(r["null"][0] for r in rows.values())
    out.print(f"pooled n={n} rules {sum(r['rules'][0] for r in rows.values()) / n:.4f}")
    out.print(
        f"null-labeled n={null}: rules title {sum(r['null_rules'][0] for r in rows.values())}"
    )
    columns = ("finder", "switch") if switch_threshold else ("finder",)
    for column, (k, t) in ((c, kt) for c in columns for kt in enumerate(thresholds)):
        pooled = sum(r[column][k] for r in rows.values()) / n
        means = {
            name: (
                np.mean([rows[w]["rules"][0] / rows[w]["n"][0] for w in group]),
                np.mean([rows[w][column][k] / rows[w]["n"][0] for w in group]),
            )
            for name, group in (
                ("study", [w for w in writers if w not in check]),
                ("check", [w for w in writers if w in check]),
            )
        }
        # the check writer that loses most: the finder against the rules alone (one figure),
        # the switch against the finder at the same threshold (what it changes)
        before, at = ("rules", 0) if column == "finder" else ("finder", k)
        worst = min(
            (rows[w][column][k] - rows[w][before][at]) / rows[w]["n"][0]
            for w in writers
            if w in check
        )
        titled = sum(r["null_finder"][k] for r in rows.values())
        out.print(
            f"{column} threshold {t}: pooled {pooled:.4f}"
            f"  study {means['study'][0]:.4f} -> {means['study'][1]:.4f}"
            f"  check {means['check'][0]:.4f} -> {means['check'][1]:.4f}"
            f" (worst against the {before} {worst:+.4f})"
            f"  null-labeled titled {titled} ({titled / null:.4f})"
        )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", type=Path, default=CONFIG_PATH)
    parser.add_argument("--out", type=Path, help="weights file (default: the config's)")
    parser.add_argument("--switch-out", type=Path, help="switch weights (default: the config's)")
    parser.add_argument("--lowo", action="store_true", help="leave-one-writer-out figures")
    parser.add_argument("--writers", nargs="+", help="with --lowo: hold out only these writers")
    parser.add_argument(
        "--folds", type=int, default=0, help="with --lowo: hold out every k-th writer together"
    )
    args = parser.parse_args(argv)
    config_path = args.config.resolve()
    config = spacy.util.load_config(config_path)
    settings = config["sneaker"]["role_span_training"]
    block = config["components"]["sneaker_role"]
    mails = labeled_mails(span_nlp(config_path), training_files(config_path), block["span_kinds"])
    if args.lowo:
        leave_one_writer_out(
            mails,
            settings,
            heldout.CHECK_WRITERS,
            Console(soft_wrap=True),
            args.writers,
            args.folds,
            float(block["switch_threshold"]) if block.get("switch_weights") else 0.0,
        )
        return
    w = fit_finder(mails, settings)
    out = args.out or config_path.parent / (block["span_weights"] or "role_spans.npz")
    with out.open("wb") as sink:
        np.savez_compressed(sink, weights=w.astype(np.float32))
    fingerprint.write(out, finder_fingerprint(mails, settings), COMMAND)
    row = figures(mails, w, [float(block["span_threshold"])])
    print(
        f"trained on {len(mails)} labeled mails: role right {row['rules'][0]} by the rules,"
        f" {row['finder'][0]} with the finder of {row['n'][0]} titled; wrote {out}"
    )
    if block.get("switch_weights"):
        held = held_out_scores(mails, settings, int(settings["switch_folds"]))
        switch = fit_switch(switch_rows(mails, held), float(settings["switch_l2"]))
        path = args.switch_out or config_path.parent / block["switch_weights"]
        weights = {
            name: round(float(v), 6) for name, v in zip(SWITCH_FEATURES, switch, strict=True)
        }
        path.write_text(json.dumps({"weights": weights}, indent=1) + "\n", encoding="utf-8")
        fingerprint.write(path, switch_fingerprint(mails, settings), COMMAND)
        print(
            f"switch fitted on held-out finder scores ({settings['switch_folds']} folds);"
            f" wrote {path}"
        )


if __name__ == "__main__":
    main()

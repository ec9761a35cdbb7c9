"""extractors.heldout: leave-one-writer-out kind figures, on two tiny writers."""

import json

import pytest

from extractors import heldout, kind_features
from extractors.heldout import leave_one_writer_out, main, report
from extractors.messages import extract_messages
from extractors.pipeline import CONFIG_PATH, load_nlp
from extractors.train import main as train_main

# Writer "a" is a check writer, "g" a study writer (common brief): both groups get a line.
MAILS = {
    "a": [
        ("Update on your application", "We will not be moving forward.", "rejection"),
        ("Your application", "We decided not to proceed with your candidacy.", "rejection"),
        ("Jobs for you", "New jobs matching your search: 12 results.", "job_alert"),
        ("Daily job alert", "25 new jobs near Boston match your saved search.", "job_alert"),
    ],
    "g": [
        ("Your candidacy", "We will not be moving forward with you.", "rejection"),
        ("New jobs near you", "8 new jobs match your saved search.", "job_alert"),
        ("Thanks", "Thank you for applying. We received your application.", "job_alert"),
    ],
}


def _write_config(tmp_path, name: str, data: list[str], weights: str) -> str:
    """The shipped config with its training list (and weights file) replaced."""
    text = CONFIG_PATH.read_text(encoding="utf-8")
    lines = []
    for line in text.splitlines():
        if line.startswith("data = "):
            line = "data = " + json.dumps(data)
        elif line.startswith("epochs = "):
            line = "epochs = 5"
        elif line.startswith("textcat_weights = "):
            line = f'textcat_weights = "{weights}"'
        lines.append(line)
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def two_writers(tmp_path):
    paths = {}
    for writer, rows in MAILS.items():
        path = tmp_path / f"realstyle_{writer}.jsonl"
        lines = [
            {
                "id": f"r{writer}-{i}",
                # one sender per mail: the address on most mail is the mailbox owner's
                "from": f"Acme <jobs{i}@acme.com>",
                "to": "Sam <sam@example.com>",
                "subject": subject,
                "body": body,
                "label_kind": kind,
            }
            for i, (subject, body, kind) in enumerate(rows)
        ]
        path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
        paths[writer] = path
    return paths


def test_each_writer_is_held_out_with_its_own_labels(tmp_path, two_writers):
    config = _write_config(tmp_path, "both.cfg", [str(p) for p in two_writers.values()], "x.bin")
    by_writer = leave_one_writer_out(config)
    assert sorted(by_writer) == ["a", "g"]
    for writer, rows in MAILS.items():
        assert [label for label, _ in by_writer[writer]] == [kind for _, _, kind in rows]


def test_held_out_kinds_are_the_whole_pipeline_s(tmp_path, two_writers):
    """Writer a's held-out kinds are what the full pipeline gives with a textcat that
    `python -m extractors.train` trained on writer g alone."""
    both = _write_config(tmp_path, "both.cfg", [str(p) for p in two_writers.values()], "x.bin")
    held_out = leave_one_writer_out(both, writers=["a"])
    only_g = _write_config(tmp_path, "only_g.cfg", [str(two_writers["g"])], "only_g.bin")
    train_main(["--config", str(only_g)])
    rows = MAILS["a"]
    records = [
        {
            "message_key": f"a{i}",
            "from_addr": f"jobs{i}@acme.com",
            "from_name": "Acme",
            "to_addrs": ["sam@example.com"],
            "subject": subject,
            "body_text": body,
        }
        for i, (subject, body, _) in enumerate(rows)
    ]
    whole = [row["kind"] for row in extract_messages(load_nlp(only_g, fresh=True), records)]
    load_nlp(fresh=True)  # the shipped pipeline back in the cache for the other tests
    assert [predicted for _, predicted in held_out["a"]] == whole


def test_report_prints_writers_pooled_and_groups():
    by_writer = {
        "a": [("rejection", "rejection"), ("job_alert", "other")],
        "g": [("rejection", "rejection"), ("job_alert", "job_alert")],
    }
    lines = report(by_writer)
    assert lines[1].split() == ["a", "2", "0.5000", "1.0000"]
    assert lines[2].split() == ["g", "2", "1.0000", "1.0000"]
    assert lines[3].split()[:4] == ["pooled", "4", "0.7500", "1.0000"]
    assert lines[4].startswith("study mean") and "1.0000" in lines[4]
    assert lines[5].startswith("check mean") and "0.5000" in lines[5]


def test_command_runs_a_subset_on_two_jobs(tmp_path, two_writers, capsys):
    config = _write_config(tmp_path, "both.cfg", [str(p) for p in two_writers.values()], "x.bin")
    main(["--config", str(config), "--writers", "a", "g", "--jobs", "2"])
    out = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in out[1:4]] == ["a", "g", "pooled"]


def test_saved_cats_are_reused_until_what_the_textcat_reads_changes(
    tmp_path, two_writers, monkeypatch
):
    config = _write_config(tmp_path, "both.cfg", [str(p) for p in two_writers.values()], "x.bin")
    cats = tmp_path / "cats.json"
    first = leave_one_writer_out(config, cats_path=cats)

    def no_training(*args, **kwargs):
        raise AssertionError("trained again")

    monkeypatch.setattr(heldout, "training_weights", no_training)
    assert leave_one_writer_out(config, cats_path=cats) == first
    # another feature of the textcat's: another fingerprint, so a new training
    with monkeypatch.context() as patched:
        patched.setattr(kind_features, "header_features", lambda doc: ["h:new"])
        with pytest.raises(AssertionError, match="trained again"):
            leave_one_writer_out(config, cats_path=cats)
    # another label in a training file: the same
    path = two_writers["g"]
    path.write_text(path.read_text().replace('"rejection"', '"other"'), encoding="utf-8")
    with pytest.raises(AssertionError, match="trained again"):
        leave_one_writer_out(config, cats_path=cats)


@pytest.mark.parametrize(
    ("folds", "expected"),
    [
        pytest.param(None, [("a",), ("b",), ("c",), ("d",), ("e",)], id="no-folds-one-each"),
        pytest.param(2, [("a", "c", "e"), ("b", "d")], id="two-folds-every-other"),
        pytest.param(3, [("a", "d"), ("b", "e"), ("c",)], id="three-folds"),
        pytest.param(9, [("a",), ("b",), ("c",), ("d",), ("e",)], id="more-folds-than-writers"),
    ],
)
def test_split_folds(folds, expected):
    assert heldout.split_folds(list("abcde"), folds) == expected


def _counting_training(monkeypatch, fail_on: int | None = None) -> list[frozenset]:
    """training_weights wrapped: the held-out writers of each call are recorded, and the
    fail_on-th call (1-based) raises, as a killed run would stop."""
    calls: list[frozenset] = []
    real = heldout.training_weights

    def counted(files, held_out, *args, **kwargs):
        calls.append(frozenset(held_out))
        if len(calls) == fail_on:
            raise KeyboardInterrupt("killed")
        return real(files, held_out, *args, **kwargs)

    monkeypatch.setattr(heldout, "training_weights", counted)
    return calls


def _with_dev_set(tmp_path, two_writers) -> str:
    """A config training on a team set (never held out: the mail of both writers) and the two
    writers' sets, so that a fold holding out both still has mail to train on."""
    dev = tmp_path / "devset.jsonl"
    dev.write_text("".join(p.read_text(encoding="utf-8") for p in two_writers.values()))
    data = [str(dev)] + [str(p) for p in two_writers.values()]
    return _write_config(tmp_path, "with_dev.cfg", data, "x.bin")


def test_one_fold_trains_once_without_all_its_writers(tmp_path, two_writers, monkeypatch):
    config = _with_dev_set(tmp_path, two_writers)
    calls = _counting_training(monkeypatch)
    by_writer = leave_one_writer_out(config, folds=1)
    assert calls == [frozenset({"a", "g"})]
    for writer, rows in MAILS.items():
        assert [label for label, _ in by_writer[writer]] == [kind for _, _, kind in rows]


def test_cats_are_written_as_each_fold_finishes(tmp_path, two_writers, monkeypatch):
    config = _write_config(tmp_path, "both.cfg", [str(p) for p in two_writers.values()], "x.bin")
    cats = tmp_path / "cats.json"
    with monkeypatch.context() as patched:
        _counting_training(patched, fail_on=2)
        with pytest.raises(KeyboardInterrupt):
            leave_one_writer_out(config, cats_path=cats, folds=2)
    saved = json.loads(cats.read_text(encoding="utf-8"))
    assert sorted(saved["cats"]) == ["a"] and saved["held_with"] == {"a": ["a"]}
    # the rerun trains the unfinished fold alone
    calls = _counting_training(monkeypatch)
    leave_one_writer_out(config, cats_path=cats, folds=2)
    assert calls == [frozenset({"g"})]


def test_cats_of_another_fold_are_not_reused(tmp_path, two_writers, monkeypatch):
    """A writer held out alone read a textcat trained on more mail than one held out with
    others: its probabilities stand for that split only."""
    config = _with_dev_set(tmp_path, two_writers)
    cats = tmp_path / "cats.json"
    leave_one_writer_out(config, cats_path=cats)
    calls = _counting_training(monkeypatch)
    leave_one_writer_out(config, cats_path=cats, folds=1)
    assert calls == [frozenset({"a", "g"})]
    leave_one_writer_out(config, cats_path=cats, folds=1)
    assert len(calls) == 1


def test_command_takes_folds(tmp_path, two_writers, capsys):
    config = _with_dev_set(tmp_path, two_writers)
    cats = tmp_path / "cats.json"
    main(["--config", str(config), "--folds", "1", "--cats", str(cats)])
    out = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in out[1:4]] == ["a", "g", "pooled"]
    assert json.loads(cats.read_text(encoding="utf-8"))["held_with"]["a"] == ["a", "g"]


@pytest.mark.parametrize("own_reply", ["Sounds good, thanks."], ids=["short-own-reply"])
def test_held_out_own_reply_takes_its_thread_s_kind(tmp_path, own_reply):
    """The held-out kinds run extract_messages' thread pass: an own reply that says little
    takes the kind of the mail it answers, as in the whole pipeline."""
    mails = [
        {
            "id": "in",
            "from": "Lee Park <lee@acme.com>",
            "to": "sam@example.com",
            "date": "2026-03-02T09:00:00+00:00",
            "subject": "Offer - Data Analyst",
            "body": "We are delighted to offer you the Data Analyst position at Acme.",
            "thread_id": "t1",
            "label_kind": "offer",
        },
        {
            "id": "me",
            "from": "Sam <sam@example.com>",
            "to": "lee@acme.com",
            "date": "2026-03-03T09:00:00+00:00",
            "subject": "Re: Friday",
            "body": own_reply,
            "thread_id": "t1",
            "label_kind": "offer",
        },
        {
            "id": "x",
            "from": "Jobs <alerts@board.example>",
            "to": "sam@example.com",
            "subject": "New jobs",
            "body": "8 new jobs match your saved search.",
            "label_kind": "job_alert",
        },
    ]
    path = tmp_path / "realstyle_zz.jsonl"
    path.write_text("".join(json.dumps(m) + "\n" for m in mails), encoding="utf-8")
    nlp = heldout.kind_nlp()
    file = heldout.featurize(nlp, path)
    kinds = heldout.held_out_kinds(nlp, file, [{} for _ in file.docs])
    assert kinds[:2] == ["offer", "offer"]

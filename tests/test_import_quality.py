"""The importer's quality on the evaluation sets (bench/eval_import.py) never drops.

The seeds stay exact; on the development set, the project's corpus and the held-out set every
figure stays at or above the floor recorded in tests/data/import-quality-floor.json,
which ``make eval-import ARGS=--raise-floor`` lifts as the importer improves.
"""

import contextlib
import io
import json

import pytest
from django.core.management import CommandError, call_command

from bench.eval_import import FLOOR, METRICS, eval_sets, score_by_language
from bench.import_score import score

SETS = {s.name: s for s in eval_sets()}


def dry_run(eval_set) -> list[dict]:
    out = io.StringIO()
    # Failed files are in the JSON, scored as missing.
    with contextlib.suppress(CommandError):
        call_command(
            "import_articles",
            str(eval_set.articles),
            dry_run=True,
            json=True,
            stdout=out,
            stderr=io.StringIO(),
        )
    return json.loads(out.getvalue())


@pytest.mark.django_db
def test_seeds_are_understood_exactly():
    seeds = SETS["seeds"]
    summary = score(dry_run(seeds), seeds.gold()).summary(seeds=True)

    assert {k: summary[k] for k in ("failed", "false_orgs", "chrome_leaks")} == {
        "failed": 0,
        "false_orgs": 0,
        "chrome_leaks": 0,
    }
    exact = ("title", "date", "org_recall", "people_recall", "people_precision", "event_recall")
    assert {k: summary[k] for k in exact} == dict.fromkeys(exact, 1.0)


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["import-dev", "press", "holdout"])
def test_scores_stay_at_or_above_their_floor(name):
    floors = json.loads(FLOOR.read_text(encoding="utf-8"))[name]
    eval_set = SETS[name]
    gold = eval_set.gold()
    outputs = dry_run(eval_set)
    rows = {"all": score(outputs, gold).summary()}
    rows |= {
        lang: score(outputs, entries).summary()
        for lang, entries in score_by_language(outputs, gold).items()
    }

    drops = [
        f"{name} {label} {metric}: {rows[label][metric]} < floor {floor}"
        for label, metrics in floors.items()
        for metric, floor in metrics.items()
        if metric in METRICS and (label not in rows or (rows[label][metric] or 0) < floor)
    ]
    assert drops == []

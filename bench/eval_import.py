"""Import quality (not a test): how well the importer understands press texts.

    .venv/bin/python bench/eval_import.py [--raise-floor] [--reference-scorer PATH] [-v]

Imports each set with ``import_articles DIR --dry-run --json`` into an empty
database of its own, scores the output against the set's gold
(bench/import_score.py) and prints a table per set and per language:

- seeds: seeds/ against tests/data/seed-expectations.json (must stay exact);
- import-dev: tests/data/import-dev/, 16 texts the importer was not written for;
- press: tests/data/press/, the project's own corpus (SOURCES.md says where
  each text comes from);
- holdout: tests/data/holdout/, texts from other publishers that no rule was
  written from: the measure of how well a rule generalises.

Writes bench/results/import-quality.json. ``--raise-floor`` lifts the floors in
tests/data/import-quality-floor.json to today's figures (never lowers one);
tests/test_import_quality.py fails when a score drops below its floor.
``--reference-scorer`` also runs another scorer script (OUTPUT.json GOLD.json,
printing a ``SCORE {...}`` line) on the same output and says whether the two agree.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.import_score import Tally, by_file, score  # noqa: E402

DATA = ROOT / "tests" / "data"
RESULTS = ROOT / "bench" / "results" / "import-quality.json"
FLOOR = DATA / "import-quality-floor.json"
METRICS = (
    "title",
    "date",
    "org_recall",
    "org_precision",
    "org_f1",
    "people_recall",
    "people_precision",
    "event_recall",
)
TARGETS = {
    "title": 0.95,
    "date": 0.95,
    "org_f1": 0.90,
    "people_recall": 0.90,
    "people_precision": 0.90,
    "event_recall": 0.90,
}


@dataclass(frozen=True)
class EvalSet:
    name: str
    articles: Path
    gold_files: tuple[Path, ...]
    seeds: bool = False

    def gold(self) -> list[dict[str, Any]]:
        entries: list[dict[str, Any]] = []
        for path in self.gold_files:
            data = json.loads(path.read_text(encoding="utf-8"))
            entries.extend(data["seeds"] if isinstance(data, dict) else data)
        return entries


def eval_sets() -> list[EvalSet]:
    press = DATA / "press"
    return [
        EvalSet("seeds", ROOT / "seeds", (DATA / "seed-expectations.json",), seeds=True),
        EvalSet(
            "import-dev", DATA / "import-dev" / "articles", (DATA / "import-dev" / "expected.json",)
        ),
        EvalSet("press", press / "articles", tuple(sorted(press.glob("expected*.json")))),
        # Never tuned on (tests/data/holdout/README.md): says whether a rule generalises.
        EvalSet(
            "holdout",
            DATA / "holdout" / "articles",
            tuple(sorted((DATA / "holdout").glob("expected*.json"))),
        ),
    ]


def language_of(entry: dict[str, Any], output: dict[str, Any] | None) -> str:
    """The gold's language, else the one the importer saw; its primary subtag ("zh-hans" → "zh")."""
    code = entry.get("language") or (output or {}).get("language") or "en"
    return code.split("-")[0].lower()


def score_by_language(
    outputs: list[dict[str, Any]], gold: list[dict[str, Any]]
) -> dict[str, list[dict[str, Any]]]:
    found = by_file(outputs)
    groups: dict[str, list[dict[str, Any]]] = {}
    for entry in gold:
        groups.setdefault(language_of(entry, found.get(entry["file"])), []).append(entry)
    return groups


class ImportRunner:
    """Runs the import command in a fresh process on an empty, migrated SQLite file."""

    def __init__(self, work: Path):
        self.work = work
        self.template = work / "migrated.sqlite3"
        self._run(self.template, ["migrate", "--noinput", "-v0"])

    def _run(self, database: Path, args: list[str]) -> str:
        env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}", "DJANGO_DEBUG": "1"}
        env.pop("REDIS_URL", None)
        done = subprocess.run(
            [sys.executable, str(ROOT / "manage.py"), *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode not in (0, 1):  # 1: some files failed, reported in the JSON
            raise SystemExit(f"manage.py {' '.join(args)} failed:\n{done.stderr[-2000:]}")
        return done.stdout

    def dry_run(self, articles: Path, name: str) -> list[dict[str, Any]]:
        database = self.work / f"{name}.sqlite3"
        shutil.copyfile(self.template, database)
        out = self._run(database, ["import_articles", str(articles), "--dry-run", "--json"])
        return json.loads(out)


def reference_summary(
    script: Path, outputs: list[dict[str, Any]], gold: list[dict], work: Path, seeds: bool
):
    out_path, gold_path = work / "reference-out.json", work / "reference-gold.json"
    out_path.write_text(json.dumps(outputs), encoding="utf-8")
    gold_path.write_text(json.dumps({"seeds": gold} if seeds else gold), encoding="utf-8")
    args = [sys.executable, str(script), str(out_path), str(gold_path)] + (
        ["--seeds"] if seeds else []
    )
    done = subprocess.run(args, capture_output=True, text=True, check=False)
    line = next((x for x in done.stdout.splitlines() if x.startswith("SCORE ")), None)
    return json.loads(line[len("SCORE ") :]) if line else None


def _cell(value: Any, metric: str) -> str:
    if value is None:
        return "   -  "
    mark = "" if metric not in TARGETS or value >= TARGETS[metric] else "*"
    return f"{value:5.3f}{mark or ' '}"


def print_table(title: str, rows: dict[str, dict[str, Any]]) -> None:
    head = f"{'':14}{'files':>6} " + " ".join(f"{m[:10]:>10}" for m in METRICS)
    print(f"\n{title}\n{head}")
    for label, summary in rows.items():
        cells = " ".join(f"{_cell(summary[m], m):>10}" for m in METRICS)
        print(f"{label:14}{summary['files']:>6} {cells}")


def raise_floor(results: dict[str, Any]) -> None:
    floor = json.loads(FLOOR.read_text(encoding="utf-8")) if FLOOR.exists() else {}
    for set_name, result in results["sets"].items():
        if set_name == "seeds":
            continue
        rows = {"all": result["all"], **result["languages"]}
        for label, summary in rows.items():
            old = floor.setdefault(set_name, {}).setdefault(label, {})
            for metric in METRICS:
                if summary[metric] is not None:
                    old[metric] = max(old.get(metric, 0.0), summary[metric])
    FLOOR.write_text(json.dumps(floor, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"\nFloors raised where today's figures are higher: {FLOOR.relative_to(ROOT)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raise-floor", action="store_true")
    parser.add_argument("--reference-scorer", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="one line per file")
    args = parser.parse_args()

    results: dict[str, Any] = {"sets": {}}
    with tempfile.TemporaryDirectory(prefix="eval-import-") as tmp:
        work = Path(tmp)
        runner = ImportRunner(work)
        for eval_set in eval_sets():
            gold = eval_set.gold()
            if not gold:
                print(f"\n{eval_set.name}: no gold entries, skipped")
                continue
            outputs = runner.dry_run(eval_set.articles, eval_set.name)
            tally: Tally = score(outputs, gold)
            if args.verbose:
                print(f"\n== {eval_set.name}")
                print("\n".join(tally.lines))
            languages = {
                lang: score(outputs, entries).summary(eval_set.seeds)
                for lang, entries in sorted(score_by_language(outputs, gold).items())
            }
            summary = tally.summary(eval_set.seeds)
            results["sets"][eval_set.name] = {"all": summary, "languages": languages}
            print_table(f"{eval_set.name} ({len(gold)} texts)", {"all": summary, **languages})
            if args.reference_scorer:
                theirs = reference_summary(
                    args.reference_scorer, outputs, gold, work, eval_set.seeds
                )
                agree = theirs is not None and all(theirs.get(m) == summary[m] for m in METRICS)
                print(
                    f"reference scorer: {'same figures' if agree else 'DIFFERENT: ' + str(theirs)}"
                )
    print("\n* below the target (title, date 0.95; org F1, people recall/precision, events 0.90)")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"Written: {RESULTS.relative_to(ROOT)}")
    if args.raise_floor:
        raise_floor(results)


if __name__ == "__main__":
    main()

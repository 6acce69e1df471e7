"""Import benchmark (not a test): 1,000 and 10,000 generated press texts.

    .venv/bin/python bench/import_bench.py [--quick] [--seed N]

Generates seed-like texts from word lists (reproducible with --seed), imports
the first 1,000 and then all 10,000 into an empty database each time (a
temporary SQLite file, or DATABASE_URL when set), and reports files per
second, peak memory (max RSS) and time(10,000) / time(1,000), which stays near
10 when matching does not grow with the partner table. Writes
bench/results/import.json.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PLACES = [
    "Chongqing",
    "Chengdu",
    "Shenzhen",
    "Beijing",
    "Shanghai",
    "Bangkok",
    "Hanoi",
    "Jakarta",
    "Manila",
    "Kunming",
    "Nanning",
    "Xiamen",
    "Wuhan",
    "Tianjin",
    "Harbin",
    "Lanzhou",
    "Urumqi",
    "Belgrade",
    "Minsk",
    "Astana",
    "Tashkent",
    "Almaty",
    "Dhaka",
    "Colombo",
    "Karachi",
    "Lahore",
    "Nairobi",
    "Addis",
    "Cairo",
    "Riyadh",
    "Dubai",
    "Muscat",
    "Baku",
    "Tbilisi",
    "Yerevan",
    "Ankara",
    "Athens",
    "Sofia",
    "Bucharest",
    "Budapest",
    "Warsaw",
    "Prague",
    "Vienna",
    "Lisbon",
    "Madrid",
    "Santiago",
    "Lima",
    "Quito",
    "Bogota",
    "Hangzhou",
]
DESCRIPTORS = """Renewable Energy|Green Development|Low Carbon|Clean Energy|Energy Conservation
|Smart Grid|Environmental Technology|Sustainable Transport|Water Resources|Circular Economy
|Climate Policy
|Solar Power|Wind Energy|Hydrogen Economy|Urban Planning|Digital Economy|Agricultural Science
|Marine Ecology|Carbon Markets|Electric Mobility|Energy Storage|Green Finance|Forest Carbon
|Industrial Innovation|Rural Development|Public Health|Disaster Risk|Biodiversity|Air Quality
|Battery Recycling""".replace("\n", "").split("|")
HEADS = """Society|Association|Research Center|Institute|University|Alliance|Network|Foundation
|Development Agency|Technology Co., Ltd.""".replace("\n", "").split("|")
GIVEN = [
    "Wei",
    "Fang",
    "Lei",
    "Min",
    "Jing",
    "Hao",
    "Yu",
    "Xin",
    "Jun",
    "Ping",
    "Siyu",
    "Dingping",
    "Mingnan",
    "Anan",
    "Somchai",
    "Nguyen",
    "Budi",
    "Maria",
    "Elena",
    "Ivan",
    "Olga",
    "Ahmed",
    "Fatima",
    "Omar",
    "Lina",
    "Kenji",
    "Aiko",
    "Ravi",
    "Priya",
    "Jonas",
    "Sofia",
    "Lucas",
    "Ana",
]
FAMILY = [
    "Wang",
    "Li",
    "Zhang",
    "Liu",
    "Chen",
    "Yang",
    "Zhao",
    "Huang",
    "Zhou",
    "Wu",
    "Xu",
    "Sun",
    "Ma",
    "Zhu",
    "Hu",
    "Guo",
    "He",
    "Lin",
    "Luo",
    "Gao",
    "Srisuk",
    "Tran",
    "Santoso",
    "Petrova",
    "Ivanov",
    "Hassan",
    "Khan",
    "Tanaka",
    "Sharma",
    "Schmidt",
    "Silva",
    "Costa",
    "Novak",
]
POSITIONS = """Director|Deputy Director|Secretary General|Professor|Senior Engineer|Chief Executive
Officer|Head of International Cooperation|Executive Director|Researcher|Vice President""".replace(
    "\n", " "
).split("|")
EVENTS = [
    ("visited", "visit"), ("held a seminar on", "seminar"), ("hosted a forum on", "forum"),
    ("organized a workshop on", "workshop"),
    ("signed a Memorandum of Understanding with", "signing"),
    ("attended the annual conference of", "conference"), ("held a meeting with", "meeting"),
]  # fmt: skip
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
FILLER = [
    "The two sides exchanged views on cooperation in research, training and technology transfer.",
    "Participants discussed policy frameworks, financing"
    " mechanisms and pilot projects in the region.",
    "The delegation toured laboratories and demonstration sites and met with young researchers.",
    "Both parties agreed to strengthen communication and explore"
    " joint projects in the coming years.",
    "Experts shared experience on standards, data collection and"
    " the evaluation of emission reductions.",
    "The event brought together representatives of universities,"
    " enterprises and local governments.",
]


def _ordinal(day: int) -> str:
    return (
        f"{day}{'th' if 11 <= day % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"
    )


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def organisation(self) -> tuple[str, str]:
        # Zipf-like: a few organisations recur, most are rare (the partner table grows).
        rng = self.rng
        place = (
            PLACES[min(int(rng.paretovariate(1.2)) - 1, len(PLACES) - 1)]
            if rng.random() < 0.3
            else rng.choice(PLACES)
        )
        name = f"{place} {rng.choice(DESCRIPTORS)} {rng.choice(HEADS)}"
        acronym = "".join(w[0] for w in name.replace(",", "").split() if w[0].isupper())[:6]
        return name, acronym

    def person(self) -> str:
        return f"{self.rng.choice(GIVEN)} {self.rng.choice(FAMILY)}"

    def text(self) -> str:
        rng = self.rng
        a, acr_a = self.organisation()
        b, _ = self.organisation()
        c, _ = self.organisation()
        verb, _kind = rng.choice(EVENTS)
        year, month, day = rng.randint(2019, 2024), rng.choice(MONTHS), rng.randint(1, 28)
        lead = (
            f"On {month} {_ordinal(day)}, {year} – A delegation from {a} ({acr_a}) {verb} "
            f"{b}. The group was led by Mr. {self.person()}, {rng.choice(POSITIONS)} of {a}, "
            f"and Ms. {self.person()}, {rng.choice(POSITIONS)} of {c}."
        )
        paragraphs = [lead]
        for _ in range(rng.randint(3, 5)):
            sentences = rng.sample(FILLER, 4)
            sentences.insert(1, f"{acr_a} also shared its experience with {c}.")
            paragraphs.append(" ".join(sentences))
        headline = "" if rng.random() < 0.5 else f"{a} and {b} deepen cooperation\n\n"
        return headline + "\n\n".join(paragraphs) + "\n"


def _setup_django(db_path: Path) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{db_path}")
    import django

    django.setup()


def _fresh_database() -> None:
    from django.core.management import call_command

    call_command("flush", interactive=False, verbosity=0)


def _import(folder: Path) -> tuple[float, dict]:
    from newsroom.importing.load import Importer

    start = time.perf_counter()
    report = Importer(status="published").import_paths([folder])
    elapsed = time.perf_counter() - start
    counts = {s: report.count(s) for s in ("created", "updated", "unchanged", "conflict", "failed")}
    return elapsed, counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="200 and 2,000 files instead.")
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()
    small, large = (200, 2_000) if args.quick else (1_000, 10_000)

    with tempfile.TemporaryDirectory(prefix="newsroom-bench-") as tmp:
        tmp_path = Path(tmp)
        _setup_django(tmp_path / "bench.sqlite3")
        from django.conf import settings
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        generator = Generator(args.seed)
        texts = tmp_path / "texts"
        for i in range(large):
            folder = texts / ("small" if i < small else "rest")
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{i:05d}.txt").write_text(generator.text(), encoding="utf-8")
        sizes = [p.stat().st_size for p in texts.rglob("*.txt")]

        _fresh_database()
        t_small, counts_small = _import(texts / "small")
        _fresh_database()
        t_large, counts_large = _import(texts)

        from newsroom.models import Partner, Person

        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
        result = {
            "database": settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1],
            "seed": args.seed,
            "mean_text_bytes": round(sum(sizes) / len(sizes)),
            "small": {"files": small, "seconds": round(t_small, 2),
                      "files_per_second": round(small / t_small, 1), "counts": counts_small},
            "large": {"files": large, "seconds": round(t_large, 2),
                      "files_per_second": round(large / t_large, 1), "counts": counts_large,
                      "partners": Partner.objects.count(), "people": Person.objects.count()},
            "ratio_large_to_small": round(t_large / t_small, 2),
            "peak_memory_mb": round(rss / 1024, 1),
        }  # fmt: skip
    out = ROOT / "bench" / "results" / "import.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()

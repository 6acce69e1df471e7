"""The import scorer's rules (bench/import_score.py), on hand-made outputs."""

from bench.import_score import score

GOLD = [
    {
        "file": "a.txt",
        "title": "Delegation visits the Institute",
        "date": "2023-05-04",
        "date_precision": "day",
        "events": [
            {"kind": "visit", "date": "2023-05-04"},
            {"kind": "signing", "date": None, "optional": True},
        ],
        "organisations": [
            {
                "name": "Institute of Energy Studies",
                "acronym": "IES",
                "variants": ["Insitute of Energy"],
            },
            {"name": "Planning Office", "acronym": None, "optional": True},
        ],
        "people": [{"name": "Wang Li", "role": "Director"}],
    },
    {"file": "b.txt", "title": None, "date": None, "events": [], "organisations": [], "people": []},
]


def output(**fields):
    base = {"file": "/in/a.txt", "ok": True, "title": "Delegation visits the Institute"}
    base |= {"title_inferred": False, "date": "2023-05-04", "partners": [], "people": []}
    return base | {"events": []} | fields


def test_a_perfect_output_scores_one_and_optional_items_cost_nothing():
    outputs = [
        output(
            partners=[{"name": "Institute of Energy Studies", "acronym": "IES"}],
            people=[{"name": "Li Wang"}],
            events=[{"kind": "visit", "date": "2023-05-04"}],
        ),
        {"file": "b.txt", "title": "Inferred from the lead", "title_inferred": True, "date": None},
    ]
    summary = score(outputs, GOLD).summary()

    assert summary["title"] == summary["date"] == 1.0
    assert summary["org_f1"] == summary["people_recall"] == summary["event_recall"] == 1.0


def test_a_partner_found_twice_under_two_spellings_counts_once():
    outputs = [
        output(
            partners=[
                {"name": "Institute of Energy Studies", "acronym": "IES"},
                {"name": "Insitute of Energy"},
                {"name": "Southeast University on October"},
            ]
        )
    ]
    summary = score(outputs, GOLD[:1]).summary()

    assert summary["org_recall"] == 1.0
    assert summary["org_precision"] == round(1 - 2 / 3, 3)


def test_a_guessed_year_a_wrong_event_kind_and_a_missing_file_are_wrong():
    outputs = [output(date="2024-05-04", events=[{"kind": "seminar", "date": "2023-05-04"}])]
    tally = score(outputs, GOLD)
    summary = tally.summary()

    assert summary["date"] == 0.0  # b.txt is missing: neither title nor date right
    assert summary["event_recall"] == 0.0
    assert summary["failed"] == 1
    assert tally.lines[1] == "b.txt: MISSING or failed: None"

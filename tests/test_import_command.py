"""``manage.py import_articles``: rows, idempotency, conflicts, bad input, JSON."""

import io
import json

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command

from newsroom.importing.report import JSON_KEYS
from newsroom.models import Article, Event, Partner, Person

pytestmark = pytest.mark.django_db


def _run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_articles", *[str(a) for a in args], stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def _fails(*args) -> str:
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError) as exc:
        call_command("import_articles", *[str(a) for a in args], stdout=out, stderr=err)
    return err.getvalue() + str(exc.value)


def _row_counts():
    return {
        m._meta.label: m._default_manager.count()
        for m in apps.get_app_config("newsroom").get_models()
    }


def test_seeds_import_and_brrc_is_one_partner_across_three_articles(seed_copy):
    _run(seed_copy)
    assert Article.objects.count() == 5
    brrc = Partner.objects.get(acronym="BRRC")
    files = sorted(a.import_file.rsplit("/", 1)[-1][:3] for a in brrc.articles.all())
    assert files == ["000", "001", "004"]
    assert {"BBRC", "Belt and Road Research Center of the Asian Institute of Technology"} <= set(
        brrc.alias_list
    )
    assert Partner.objects.filter(name__icontains="Belt and Road Research Center").count() == 1
    seminar_signing = Article.objects.get(import_file__endswith="003_62e7c1b05922cc49.txt")
    assert sorted(seminar_signing.events.values_list("kind", flat=True)) == ["seminar", "signing"]
    forum = Article.objects.get(import_file__endswith="001_bab341d4f0f4b2d6.txt")
    assert forum.needs_review and "year unknown: 'June 27'" in forum.review_reasons
    assert forum.source_name == "China Carbon Credit Platform"
    assert forum.when.precision == "month-day"
    assert Person.objects.get(name="Dingping Ma").affiliation.acronym == "CRES"
    assert Event.objects.get(kind="forum").country == "CN"


def test_second_run_changes_nothing(seed_copy):
    _run(seed_copy)
    before = _row_counts()
    stamps = list(Article.objects.order_by("pk").values_list("updated_at", flat=True))
    _, err = _run(seed_copy)
    assert "0 created, 0 updated, 5 unchanged" in err
    assert _row_counts() == before
    assert list(Article.objects.order_by("pk").values_list("updated_at", flat=True)) == stamps


def test_changed_file_updates_its_article(seed_copy):
    _run(seed_copy)
    seed = seed_copy / "003_62e7c1b05922cc49.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\nA closing line.\n", encoding="utf-8")
    _, err = _run(seed_copy)
    assert "1 updated" in err
    assert "A closing line." in Article.objects.get(import_file__endswith=seed.name).body


def test_editor_changes_are_a_conflict_unless_forced(seed_copy):
    _run(seed_copy)
    seed = seed_copy / "002_bd79deec1a0c34c8.txt"
    article = Article.objects.get(import_file__endswith=seed.name)
    article.title = "Edited by an editor"
    article.save()
    seed.write_text(seed.read_text(encoding="utf-8") + "\nNew paragraph.\n", encoding="utf-8")
    message = _fails(seed_copy)
    assert seed.name in message and "edited since it was imported" in message
    assert Article.objects.get(pk=article.pk).title == "Edited by an editor"
    _run(seed_copy, "--force")
    assert Article.objects.get(pk=article.pk).title.startswith("CQC participated")


BAD_INPUTS = {
    "empty.txt": (b"", "file is empty"),
    "blank.txt": (b"  \n\n\t ", "only whitespace"),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00binary", "binary"),
    "latin.txt": (("Caf\u00e9 d\u00e9j\u00e0 vu r\u00e9sum\u00e9 " * 30).encode("cp1252"), "iconv"),
    "long.txt": (b"x" * 20_000, "first line is 20,000 characters"),
    "bad-front.md": (b"---\ntitle: [unclosed\n---\nBody text here.\n", "front matter"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_fails_clearly_and_changes_nothing(tmp_path, seed_copy, name):
    data, problem = BAD_INPUTS[name]
    (seed_copy / name).write_bytes(data)
    message = _fails(seed_copy)
    assert name in message and problem in message
    assert Article.objects.count() == 5  # the good files still import
    assert not Article.objects.filter(import_file__endswith=name).exists()


def test_size_limit_option(seed_copy):
    message = _fails(seed_copy / "000_bce8fe1a2bde5f64.txt", "--max-bytes", 100)
    assert "over the 100 bytes limit" in message
    assert Article.objects.count() == 0


def test_missing_path_is_an_error(tmp_path):
    message = _fails(tmp_path / "nowhere")
    assert "nowhere: no such file or folder" in message


def test_a_database_not_set_up_is_an_error_before_any_file_is_read(seed_copy, monkeypatch):
    from django.db.migrations.executor import MigrationExecutor

    monkeypatch.setattr(MigrationExecutor, "migration_plan", lambda self, targets: [object()])
    message = _fails(seed_copy, "--dry-run")
    assert message == (
        "the database is not set up: 1 migration(s) not applied; run `manage.py migrate` first"
    )
    assert Article.objects.count() == 0


def test_file_messages_and_the_summary_are_whole_lines(seed_copy):
    (seed_copy / "empty.txt").write_bytes(b"")
    message = _fails(seed_copy, "--dry-run")
    assert message.splitlines() == [
        f"{seed_copy / 'empty.txt'}: file is empty",
        "Dry run (nothing written): would have 5 created, 0 updated, 0 unchanged, 0 conflict, "
        "1 failed (6 files).",
        "1 file(s) not imported; see the messages above.",
    ]


def test_dry_run_writes_nothing_and_json_keeps_the_contract(seed_copy):
    out, err = _run(seed_copy, "--dry-run", "--json")
    data = json.loads(out)  # stdout holds only the JSON array
    assert _row_counts()["newsroom.Article"] == 0 and Partner.objects.count() == 0
    assert "Dry run" in err
    assert len(data) == 5
    for item in data:
        assert tuple(item) == JSON_KEYS
        for event in item["events"]:
            assert set(event) == {"title", "kind", "date", "date_text", "date_precision",
                                  "city", "country", "online", "partners", "end_date",
                                  "background"}  # fmt: skip
        for partner in item["partners"]:
            assert set(partner) == {"name", "acronym", "aliases", "role"}
        for person in item["people"]:
            assert set(person) == {"name", "position", "affiliation"}
    forum = next(i for i in data if i["file"].endswith("001_bab341d4f0f4b2d6.txt"))
    assert forum["date"] is None and forum["date_precision"] == "month-day"
    assert forum["events"][0]["country"] == "China"


def test_status_draft_and_failed_json_objects(seed_copy):
    (seed_copy / "empty.txt").write_bytes(b"")
    out = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_articles", str(seed_copy), "--json", "--status", "draft",
                     stdout=out, stderr=io.StringIO())  # fmt: skip
    failed = [i for i in json.loads(out.getvalue()) if not i["ok"]]
    assert [i["file"].rsplit("/", 1)[-1] for i in failed] == ["empty.txt"]
    assert "file is empty" in failed[0]["error"]
    assert set(Article.objects.values_list("status", flat=True)) == {"draft"}


def test_the_command_acts_as_the_user_it_names(seed_copy, writer, editor):
    from reversion.models import Version

    _run(seed_copy / "002_bd79deec1a0c34c8.txt")  # as the system: published
    article = Article.objects.get()
    assert Version.objects.get_for_object(article).get().revision.user is None
    seed = seed_copy / "002_bd79deec1a0c34c8.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\nNew paragraph.\n", encoding="utf-8")
    _, err = _run(seed, "--user", "writer")
    assert "is published, so the changed text waits for an Editor" in err
    assert "1 proposed" in err
    assert "New paragraph." not in Article.objects.get(pk=article.pk).body
    _, err = _run(seed, "--user", "editor")
    assert "1 updated" in err and "New paragraph." in Article.objects.get(pk=article.pk).body
    assert Version.objects.get_for_object(article).first().revision.user == editor


def test_a_writers_command_import_is_a_draft(seed_copy, writer):
    _run(seed_copy / "002_bd79deec1a0c34c8.txt", "--user", "writer", "--status", "published")
    assert Article.objects.get().status == "draft"


def test_an_unknown_user_is_an_error(seed_copy):
    assert "--user nobody: no active staff user of that name" in _fails(
        seed_copy, "--user", "nobody"
    )
    assert Article.objects.count() == 0

"""What an import folder, a front matter block or an uploaded text can do to the
site: links are not followed, YAML cannot expand, URLs are web addresses."""

import io
import os
from pathlib import Path, PurePath

import pytest
from django.core.management import CommandError, call_command

from newsroom.importing.folders import Candidate, collect_files
from newsroom.importing.load import Importer
from newsroom.models import Article
from tests.conftest import SEEDS_DIR

pytestmark = pytest.mark.django_db
SECRET = "DJANGO_SECRET_KEY=do-not-publish-me-0123456789"
SEED = "000_bce8fe1a2bde5f64.txt"


def _import(*paths) -> str:
    """Run the command; the messages it printed and its error."""
    err = io.StringIO()
    with pytest.raises(CommandError) as exc:
        call_command("import_articles", *map(str, paths), stdout=io.StringIO(), stderr=err)
    return err.getvalue() + str(exc.value)


def _nothing_secret_was_imported():
    for article in Article.objects.all():
        assert "do-not-publish-me" not in article.title + article.body + article.standfirst


@pytest.fixture
def drop(tmp_path):
    """An import folder with one real text and a secret outside it."""
    secret = tmp_path / "srv" / ".env"
    secret.parent.mkdir()
    secret.write_text(f"{SECRET}\nDATABASE_URL=postgres://newsroom:pw@db/newsroom\n")
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / SEED).write_bytes((SEEDS_DIR / SEED).read_bytes())
    return folder


def test_a_link_in_an_import_folder_is_refused_by_name_and_the_rest_imports(drop):
    (drop / "env.txt").symlink_to(drop.parent / "srv" / ".env")
    message = _import(drop)
    assert (
        f"{drop}/env.txt: is a symbolic link; links are not followed, so it was not imported"
        in message
    )
    assert "1 created" in message and "1 failed" in message
    assert Article.objects.count() == 1
    _nothing_secret_was_imported()


def test_a_linked_folder_inside_the_import_folder_is_not_entered(drop):
    outside = drop.parent / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(f"Secret memo\n\n{SECRET}\n")
    (drop / "more").symlink_to(outside, target_is_directory=True)
    message = _import(drop)
    assert f"{drop}/more: is a symbolic link; links are not followed" in message
    assert not Article.objects.filter(title__icontains="secret").exists()
    _nothing_secret_was_imported()


def test_a_linked_folder_or_a_linked_file_given_on_the_command_line_is_refused(drop):
    (drop.parent / "alias").symlink_to(drop, target_is_directory=True)
    (drop.parent / "env.md").symlink_to(drop.parent / "srv" / ".env")
    message = _import(drop.parent / "alias", drop.parent / "env.md")
    assert f"{drop.parent}/alias: is a symbolic link" in message
    assert f"{drop.parent}/env.md: is a symbolic link" in message
    assert Article.objects.count() == 0


def test_a_named_pipe_is_refused_without_blocking(drop):
    os.mkfifo(drop / "pipe.txt")
    message = _import(drop)
    assert f"{drop}/pipe.txt: is a named pipe, not a regular file, so it was not imported" in (
        message
    )
    assert Article.objects.count() == 1


def test_a_folder_swapped_for_a_link_after_the_listing_is_not_followed(drop, monkeypatch):
    """The listing saw a real folder; by the time the file is opened it is a
    link to somewhere else. Every step of the path is opened without
    following links, so the secret is not read."""
    sub = drop / "sub"
    sub.mkdir()
    (sub / "memo.txt").write_text("A memo\n\nAn ordinary paragraph of text.\n")
    listed = collect_files([drop])
    sub.rename(drop / "sub-moved")
    elsewhere = drop.parent / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "memo.txt").write_text(f"Secret memo\n\n{SECRET}\n")
    (drop / "sub").symlink_to(elsewhere, target_is_directory=True)
    monkeypatch.setattr("newsroom.importing.load.collect_files", lambda paths: listed)
    report = Importer().import_paths([drop])
    memo = next(r for r in report.results if r.file.endswith("sub/memo.txt"))
    assert memo.error == (
        f"{drop}/sub/memo.txt: is a symbolic link; links are not followed, so it was not imported"
    )
    _nothing_secret_was_imported()


def test_a_file_swapped_for_a_link_after_the_listing_is_not_followed(drop, monkeypatch):
    listed = collect_files([drop])
    (drop / SEED).unlink()
    (drop / SEED).symlink_to(drop.parent / "srv" / ".env")
    monkeypatch.setattr("newsroom.importing.load.collect_files", lambda paths: listed)
    report = Importer().import_paths([drop])
    assert report.results[0].error == (
        f"{drop}/{SEED}: is a symbolic link; links are not followed, so it was not imported"
    )
    _nothing_secret_was_imported()


def test_a_path_that_climbs_out_of_its_folder_is_refused(drop, monkeypatch):
    escape = Candidate(drop, PurePath("..", "srv", ".env"))
    monkeypatch.setattr("newsroom.importing.load.collect_files", lambda paths: [escape])
    report = Importer().import_paths([drop])
    assert "path leaves its folder" in report.results[0].error
    _nothing_secret_was_imported()


def test_the_listing_keeps_path_order_and_leaves_other_files_out(drop):
    (drop / "a").mkdir()
    (drop / "a" / "b.md").write_text("x")
    (drop / "z.txt").write_text("x")
    (drop / "notes.docx").write_text("x")
    names = [str(c.relative) for c in collect_files([drop])]
    assert names == [SEED, "a/b.md", "z.txt"]
    assert all(c.problem is None for c in collect_files([drop]))
    assert collect_files([Path(drop / SEED)])[0].relative is None


# --- Front matter: YAML that cannot expand ------------------------------------------

BOMB = (
    "---\n"
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
    "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
    "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
    "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
    "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
    "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
    "h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n"
    "i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n"
    "title: [*i]\n"
    "---\n"
    "A harmless body.\n"
)


def _front_matter_problem(text: str) -> str:
    from newsroom.importing.parse import parse_press_text
    from newsroom.importing.read import ImportFileError

    with pytest.raises(ImportFileError) as exc:
        parse_press_text(text, "drop/item.md")
    return str(exc.value)


def test_a_yaml_alias_bomb_is_refused_at_its_first_anchor_without_expanding():
    import tracemalloc

    tracemalloc.start()
    problem = _front_matter_problem(BOMB)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert problem == (
        "drop/item.md, line 2: front matter uses a YAML anchor (&a); anchors and aliases are "
        "not allowed: write the value out"
    )
    assert peak < 5_000_000


def test_an_alias_without_an_anchor_is_named_too():
    problem = _front_matter_problem("---\ntitle: x\ntags: *nowhere\n---\nBody.\n")
    assert problem.startswith("drop/item.md, line 3: front matter")


def test_deep_nesting_long_blocks_and_huge_numbers_are_refused_clearly():
    deep = _front_matter_problem("---\ntitle: " + "[" * 5000 + "\n---\nBody.\n")
    assert deep == "drop/item.md, line 2: front matter is nested more than 4 levels deep"
    long = _front_matter_problem("---\ntitle: " + "x" * 20_000 + "\n---\nBody.\n")
    assert "front matter is 20,007 characters long (limit 16,000)" in long
    number = _front_matter_problem("---\ndate: " + "9" * 6000 + "\n---\nBody.\n")
    assert number.startswith("drop/item.md: front matter holds a value that cannot be read")


def test_an_alias_bomb_in_a_folder_fails_alone(drop):
    (drop / "bomb.md").write_text(BOMB)
    message = _import(drop)
    assert f"{drop}/bomb.md, line 2: front matter uses a YAML anchor (&a)" in message
    assert Article.objects.count() == 1


# --- URLs: web addresses only ----------------------------------------------------


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>",
     "JaVaScRiPt:alert(1)", "vbscript:msgbox", "ftp://example.org/x", "//evil.example/x"],
)  # fmt: skip
def test_front_matter_source_url_must_be_a_web_address(url):
    problem = _front_matter_problem(f"---\ntitle: Forum\nsource_url: '{url}'\n---\nBody.\n")
    assert problem.startswith(
        "drop/item.md, line 3: source_url must be a web address starting with http:// or "
        "https:// (it is '"
    )


def test_a_web_address_in_front_matter_is_kept():
    from newsroom.importing.parse import parse_press_text

    text = "---\ntitle: Forum\nsource_url: https://example.org/news/1\n---\nBody text.\n"
    assert parse_press_text(text, "a.md").source_url == "https://example.org/news/1"


def test_pages_never_link_to_a_stored_script_address(client, make_article, make_partner):
    """Rows written around the validation (a shell, an old import) still render
    no script link: pages link only through ``source_link``/``website_link``."""
    article = make_article(title="Forum", source_url="javascript:alert(document.cookie)")
    partner = make_partner(name="Sichuan University", website="data:text/html,<script>x</script>")
    article.partner_roles.create(partner=partner, role="organiser")
    for url in (article.get_absolute_url(), partner.get_absolute_url()):
        page = client.get(url).content.decode()
        assert "javascript:" not in page and "data:text/html" not in page, url
    assert make_partner(website="https://scu.example.org/").website_link == (
        "https://scu.example.org/"
    )


@pytest.mark.parametrize(
    ("admin_url", "field"),
    [("admin:newsroom_partner_add", "website"), ("admin:newsroom_article_add", "source_url")],
)
def test_admin_forms_accept_only_web_addresses(editor_client, admin_url, field):
    from django.urls import reverse

    def errors(value):
        response = editor_client.post(reverse(admin_url), {field: value})
        return response.context["adminform"].form.errors.get(field)

    assert errors("javascript:alert(1)") == ["Enter a valid URL."]
    assert errors("ftp://example.org/file") == [
        "Enter a web address that starts with http:// or https://."
    ]
    assert errors("https://example.org/news/1") is None


def test_the_importer_stores_no_address_that_is_not_a_web_address(monkeypatch):
    """Whatever the parser hands on (its source line, a future field), the
    importer itself stores web addresses only."""
    from dataclasses import replace

    from newsroom.importing import load
    from newsroom.importing.parse import parse_press_text
    from newsroom.importing.read import SourceText

    text = "Forum held in Chengdu\n\nThe forum was held on 3 May 2024 in Chengdu.\n"
    parsed = replace(parse_press_text(text, "a.txt"), source_url="javascript:alert(1)")
    monkeypatch.setattr(load, "parse_press_text", lambda *args: parsed)
    result = Importer().import_source(SourceText("a.txt", text, "utf-8"))
    assert Article.objects.get(pk=result.article_id).source_url == ""


# --- The importer acting for a Writer never changes what the public sees ----------


def test_an_import_for_a_writer_never_renames_or_relinks_a_public_partner_or_event(
    writer, make_partner, make_article, make_event
):
    from newsroom.models import Partner

    brrc = make_partner(name="BRRC", acronym="BRRC")  # approved, known by its acronym only
    forum = make_event(title="Forum", kind="forum", reviewed=False)
    make_article().events.add(forum)
    text = (SEEDS_DIR / SEED).read_text(encoding="utf-8")
    result = Importer(user=writer).import_bytes("upload:x.txt", text.encode())
    assert result.status == "created"
    brrc.refresh_from_db()
    assert (brrc.name, brrc.aliases) == ("BRRC", "")
    new = Partner.objects.exclude(pk=brrc.pk)
    assert new.exists() and not new.filter(reviewed=True).exists()
    assert not Partner.objects.public().filter(pk__in=new).exists()


# --- Disk full, read-only folders: a clear error and nothing half-written ---------


@pytest.mark.parametrize(
    ("failure", "problem"),
    [
        (OSError(28, "No space left on device"), "the server's disk is full"),
        (OSError(30, "Read-only file system"), "a folder the site writes to is read-only"),
        ("database or disk is full", "the server's disk is full"),
        ("attempt to write a readonly database", "a folder the site writes to is read-only"),
    ],
)
def test_an_import_that_cannot_write_fails_clearly_and_leaves_nothing(
    drop, monkeypatch, failure, problem
):
    """The article is saved after its partners and people: when its own write
    fails, theirs are rolled back with it."""
    from django.db import OperationalError

    from newsroom.models import Event, Partner, Person

    def broken(*args, **kwargs):
        raise failure if isinstance(failure, OSError) else OperationalError(failure)

    monkeypatch.setattr(Article, "save", broken)
    message = _import(drop)
    assert (
        f"{drop}/{SEED}: could not be saved: {problem}; nothing of this file was written "
        "(tell the site's administrator)"
    ) in message
    assert [Article.objects.count(), Partner.objects.count(), Person.objects.count(),
            Event.objects.count()] == [0, 0, 0, 0]  # fmt: skip


def test_a_text_over_the_default_size_is_refused_before_it_is_parsed(drop, settings):
    """Parsing costs about 5 s per MB: the default limit keeps every file cheap."""
    assert settings.NEWSROOM_IMPORT_MAX_BYTES == 256 * 1024
    (drop / "huge.txt").write_bytes(b"A forum met in Chengdu.\n" * 13_000)
    message = _import(drop)
    assert (
        f"{drop}/huge.txt: file is 305 KB, over the 256 KB limit (a press text is a few KB; "
        "raise the limit with --max-bytes or NEWSROOM_IMPORT_MAX_BYTES if this is intended)"
    ) in message
    assert Article.objects.count() == 1

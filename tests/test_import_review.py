"""The import review page: one uploaded file beside what was found; each of the
editor's decisions, what confirming imports, and what is remembered."""

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from reversion.models import Version

from newsroom.importing.load import Importer
from newsroom.importing.resolve import Entry, PartnerIndex
from newsroom.importing.review import Fact, highlighted
from newsroom.models import (
    Article,
    Event,
    ImportCorrection,
    NotOrganisation,
    Partner,
    PendingUpload,
    Person,
)

pytestmark = pytest.mark.django_db
UPLOAD = "admin:newsroom_article_import"
TEXT = """Southeast University Hosts Forum on Energy Transition

NANJING, October 19, 2023 -- Southeast University hosted a forum on energy transition \
with the Asian Institute of Technology (AIT) and the Blue Horizon Network in Nanjing on \
October 19.

Dr. Li Wei, Dean of the School of Energy at Southeast University, opened the forum. \
Professor Anna Berg of AIT spoke about solar power.
"""
OTHER = """School of Energy Opens a Solar Laboratory

NANJING, May 4, 2024 -- The School of Energy opened a solar laboratory with the \
Asian Institute of Technology in Nanjing.
"""


def _upload(client, *texts, status="published", names=None):
    names = names or [f"text-{n}.txt" for n in range(len(texts))]
    files = [
        SimpleUploadedFile(n, t.encode(), "text/plain") for n, t in zip(names, texts, strict=True)
    ]
    client.post(reverse(UPLOAD), {"files": files, "status": status})
    return list(PendingUpload.objects.order_by("position"))


def _url(upload):
    return reverse("admin:newsroom_article_import_review", args=[upload.pk])


def _form(response) -> dict:
    """What the page's form sends when the editor changes nothing."""
    c = response.context
    data = {
        "title": c["title_value"],
        "date": c["date_value"],
        "precision": c["precision_value"],
        "status": c["status_value"],
    }
    for p in c["partners"]:
        i = p["i"]
        data[f"p{i}-action"] = p["action"]
        if p["chosen"]:
            data[f"p{i}-partner"] = p["chosen"]
        data[f"p{i}-other"] = p["other"]
        data[f"p{i}-name"], data[f"p{i}-acronym"] = p["new_name"], p["new_acronym"]
    for h in c["people"]:
        i = h["i"]
        data[f"h{i}-action"] = h["action"]
        for name in ("name", "position", "affiliation"):
            data[f"h{i}-{name}"] = h[name]
    for e in c["events"]:
        i = e["i"]
        data[f"e{i}-action"], data[f"e{i}-title"], data[f"e{i}-kind"] = (
            e["action"], e["title"], e["kind"],
        )  # fmt: skip
        data[f"e{i}-date"], data[f"e{i}-precision"] = e["date_value"], e["precision_value"]
    return data


def _index(response, prefix: str, found: str) -> int:
    key = {"p": "partners", "h": "people", "e": "events"}[prefix]
    for row in response.context[key]:
        name = row["org"].name if prefix == "p" else getattr(row["found"], "name", None)
        if name == found or (prefix == "e" and row["found"].title == found):
            return row["i"]
    raise AssertionError(f"{found} was not found")


@pytest.fixture
def ait(make_partner):
    return make_partner(name="Asian Institute of Technology", acronym="AIT")


@pytest.fixture
def blue(make_partner):
    return make_partner(name="Blue Horizon Network", acronym="BHN")


def test_the_page_shows_the_text_with_the_words_each_fact_came_from(editor_client, ait):
    (upload,) = _upload(editor_client, TEXT)
    page = editor_client.get(_url(upload)).content.decode()
    # Nested where one fact's words hold another's: the partner inside the headline.
    assert (
        '<mark id="src-title"><mark id="src-p0">Southeast University</mark> Hosts Forum on '
        "Energy Transition</mark>"
    ) in page
    assert '<mark id="src-date">October 19</mark>, 2023' in page
    assert (
        "Year taken from the line “NANJING, October 19, 2023 -- Southeast University hosted a…”."
    ) in page
    assert 'From <a href="#src-date" class="fact-link" data-mark="src-date">' in page
    assert "Matched to existing partner &#x27;Asian Institute of Technology&#x27; by name." in page
    assert "Dean" in page and "Li Wei" in page and "Forum of Southeast University" in page
    assert "File 1 of 1." in page
    assert Article.objects.count() == 0, "showing the review wrote an article"


def test_reasons_say_why_a_fact_is_a_guess(editor_client, ait):
    lead = (
        "BANGKOK, 2 March 2021 -- The centre met AIT on 28 February about flood research "
        "in the delta.\n"
    )
    titled = (
        "Flood Research Talks\n\nBANGKOK, 2 March 2021 -- The Water Centre met researchers "
        "of AIT on 28 February about flood research in the delta. AIT will host the next "
        "meeting.\n"
    )
    inferred, matched = _upload(editor_client, lead, titled)
    page = editor_client.get(_url(inferred)).content.decode()
    assert "Headline inferred from the lead." in page
    page = editor_client.get(_url(matched)).content.decode()
    assert (
        "Matched to existing partner &#x27;Asian Institute of Technology&#x27; by acronym." in page
    )


def test_confirming_as_found_imports_the_text(editor_client, ait):
    (upload,) = _upload(editor_client, TEXT)
    response = editor_client.get(_url(upload))
    done = editor_client.post(_url(upload), {**_form(response), "confirm": "1"})
    assert done.status_code == 302 and done["Location"] == reverse(
        "admin:newsroom_article_changelist"
    )
    article = Article.objects.get()
    assert article.status == "published" and article.import_file == "upload:text-0.txt"
    page = editor_client.get(done["Location"]).content.decode()
    assert (
        "Imported &#x27;Southeast University Hosts Forum on Energy Transition&#x27; from "
        "text-0.txt: a published article."
    ) in page
    assert ait in article.partners.all()  # the suggestion, not a new partner
    assert Partner.objects.filter(name="Asian Institute of Technology").count() == 1
    assert not PendingUpload.objects.exists()
    version = Version.objects.get_for_object(article).get()
    assert version.revision.user.username == "editor"
    assert version.revision.comment == "Imported from upload:text-0.txt"


def test_linking_the_suggested_partner_keeps_the_texts_spellings_as_the_command_does(
    editor_client, make_partner
):
    bare = make_partner(name="AIT", acronym="AIT")  # known so far by its acronym only
    (upload,) = _upload(editor_client, TEXT)
    response = editor_client.get(_url(upload))
    row = response.context["partners"][_index(response, "p", "Asian Institute of Technology")]
    assert (row["action"], row["chosen"]) == ("link", bare.pk)
    editor_client.post(_url(upload), {**_form(response), "confirm": "1"})
    bare.refresh_from_db()
    assert bare.name == "Asian Institute of Technology"  # the full name takes over


def test_a_wrong_partner_is_linked_to_another_existing_one(editor_client, ait, blue):
    (upload,) = _upload(editor_client, TEXT)
    response = editor_client.get(_url(upload))
    i = _index(response, "p", "Blue Horizon Network in Nanjing")
    row = response.context["partners"][i]
    # Not matched, but among the partners the resolver considered: one word less.
    assert (row["action"], row["options"]) == ("new", [(blue.pk, "Blue Horizon Network (BHN)")])
    assert row["reason"] == ""
    data = _form(response) | {f"p{i}-action": "other", f"p{i}-other": "Blue Horizon Network (BHN)"}
    editor_client.post(_url(upload), {**data, "confirm": "1"})
    article = Article.objects.get()
    assert blue in article.partners.all()
    assert not Partner.objects.filter(name__contains="in Nanjing").exists()


def test_an_unknown_partner_name_is_refused_and_nothing_is_imported(editor_client, ait):
    (upload,) = _upload(editor_client, TEXT)
    response = editor_client.get(_url(upload))
    i = _index(response, "p", "Blue Horizon Network in Nanjing")
    data = _form(response) | {f"p{i}-action": "other", f"p{i}-other": "Green Sky Alliance"}
    page = editor_client.post(_url(upload), {**data, "confirm": "1"}).content.decode()
    assert (
        "Partner &#x27;Blue Horizon Network in Nanjing&#x27;: no existing partner is called "
        "&#x27;Green Sky Alliance&#x27;; pick one from the list or create a new partner."
    ) in page
    assert not Article.objects.exists() and PendingUpload.objects.count() == 1


def test_a_new_partner_takes_the_name_and_acronym_the_editor_gives(editor_client, ait):
    (upload,) = _upload(editor_client, TEXT)
    response = editor_client.get(_url(upload))
    i = _index(response, "p", "Blue Horizon Network in Nanjing")
    data = _form(response) | {
        f"p{i}-action": "new",
        f"p{i}-name": "Blue Horizon Network",
        f"p{i}-acronym": "BHN",
    }
    editor_client.post(_url(upload), {**data, "confirm": "1"})
    partner = Partner.objects.get(acronym="BHN")
    assert partner.name == "Blue Horizon Network"
    assert partner in Article.objects.get().partners.all()


def test_a_new_partner_is_created_once_when_the_text_is_imported_again(editor_client, ait):
    (upload,) = _upload(editor_client, TEXT)
    response = editor_client.get(_url(upload))
    i = _index(response, "p", "Blue Horizon Network in Nanjing")
    data = _form(response) | {f"p{i}-action": "new", f"p{i}-name": "Blue Horizon Network"}
    editor_client.post(_url(upload), {**data, "confirm": "1"})
    (again,) = _upload(editor_client, TEXT)
    response = editor_client.get(_url(again))  # the same decisions, and a new title
    editor_client.post(_url(again), {**_form(response), "title": "Energy Forum", "confirm": "1"})
    assert Article.objects.get().title == "Energy Forum"
    assert Partner.objects.filter(name="Blue Horizon Network").count() == 1


def test_create_new_is_new_even_where_the_index_would_match(editor_client, ait):
    (upload,) = _upload(editor_client, TEXT)
    response = editor_client.get(_url(upload))
    i = _index(response, "p", "Asian Institute of Technology")
    data = _form(response) | {
        f"p{i}-action": "new",
        f"p{i}-name": "Asian Institute of Technology Thailand",
        f"p{i}-acronym": "",
    }
    editor_client.post(_url(upload), {**data, "confirm": "1"})
    names = set(Article.objects.get().partners.values_list("name", flat=True))
    assert "Asian Institute of Technology Thailand" in names
    assert "Asian Institute of Technology" not in names


def test_not_an_organisation_joins_the_sites_list_and_is_not_proposed_again(editor_client, ait):
    (upload,) = _upload(editor_client, TEXT)
    response = editor_client.get(_url(upload))
    i = _index(response, "p", "School of Energy")
    editor_client.post(_url(upload), {**_form(response), f"p{i}-action": "not_org", "confirm": "1"})
    assert list(NotOrganisation.objects.values_list("words", flat=True)) == ["School of Energy"]
    article = Article.objects.get()
    assert not article.partners.filter(name="School of Energy").exists()
    assert not Partner.objects.filter(name="School of Energy").exists()
    li = article.people.get(name="Li Wei")
    assert li.affiliation is None  # the words are no partner, so no affiliation either

    # Another text naming the same words: the review proposes "not an organisation"…
    (other,) = _upload(editor_client, OTHER)
    response = editor_client.get(_url(other))
    row = response.context["partners"][_index(response, "p", "School of Energy")]
    assert row["action"] == "not_org"
    assert row["reason"] == "on the site's list of words that are not organisations"
    list_url = reverse("admin:newsroom_notorganisation_changelist") + "?q=School%20of%20Energy"
    assert f'(<a href="{list_url}">see the list</a>)' in response.content.decode()
    # … and the command, which has no review, leaves them out too.
    result = Importer(status="published").import_bytes("other.txt", OTHER.encode())
    assert result.status == "created"
    assert not Partner.objects.filter(name="School of Energy").exists()


def test_the_list_is_in_the_admin_for_editors(editor_client):
    NotOrganisation.objects.create(words="Energy Transition")
    url = reverse("admin:newsroom_notorganisation_changelist")
    assert "Energy Transition" in editor_client.get(url).content.decode()
    change = reverse("admin:newsroom_notorganisation_add")
    editor_client.post(change, {"words": "Solar Power", "note": "a subject"})
    assert NotOrganisation.objects.get(words="Solar Power").created_by.username == "editor"


def test_writers_read_the_list_but_do_not_change_it(writer_client):
    NotOrganisation.objects.create(words="Energy Transition")
    url = reverse("admin:newsroom_notorganisation_changelist")
    assert "Energy Transition" in writer_client.get(url).content.decode()
    assert writer_client.get(reverse("admin:newsroom_notorganisation_add")).status_code == 403


def test_people_are_kept_edited_dropped_or_merged(editor_client, ait):
    (upload,) = _upload(editor_client, TEXT)
    response = editor_client.get(_url(upload))
    li, berg = _index(response, "h", "Li Wei"), _index(response, "h", "Anna Berg")
    data = _form(response) | {
        f"h{li}-position": "Dean of the School of Energy",
        f"h{berg}-action": "drop",
    }
    editor_client.post(_url(upload), {**data, "confirm": "1"})
    people = Article.objects.get().people.all()
    assert [(p.name, p.position) for p in people] == [("Li Wei", "Dean of the School of Energy")]
    assert not Person.objects.filter(name="Anna Berg").exists()


def test_a_person_merged_with_another_gives_it_what_it_lacked(editor_client, ait):
    text = TEXT.replace("Professor Anna Berg of AIT", "Professor W. Li, Director,")
    (upload,) = _upload(editor_client, text)
    response = editor_client.get(_url(upload))
    names = [h["found"].name for h in response.context["people"]]
    assert "Li Wei" in names and len(names) == 2, names
    other = next(n for n in names if n != "Li Wei")
    i = _index(response, "h", other)
    data = _form(response) | {f"h{i}-action": "merge", f"h{i}-into": "Li Wei"}
    editor_client.post(_url(upload), {**data, "confirm": "1"})
    assert list(Article.objects.get().people.values_list("name", flat=True)) == ["Li Wei"]


def test_a_person_is_merged_only_into_one_that_is_kept(editor_client, ait):
    (upload,) = _upload(editor_client, TEXT)
    response = editor_client.get(_url(upload))
    li, berg = _index(response, "h", "Li Wei"), _index(response, "h", "Anna Berg")
    data = _form(response) | {
        f"h{berg}-action": "merge",
        f"h{berg}-into": "Li Wei",
        f"h{li}-action": "drop",
    }
    page = editor_client.post(_url(upload), {**data, "confirm": "1"}).content.decode()
    assert "Person &#x27;Anna Berg&#x27;: the one it is the same as must be kept." in page
    assert not Article.objects.exists()


def test_events_are_edited_or_dropped(editor_client, ait):
    (upload,) = _upload(editor_client, TEXT)
    response = editor_client.get(_url(upload))
    i = _index(response, "e", "Forum of Southeast University")
    data = _form(response) | {f"e{i}-title": "Energy Transition Forum", f"e{i}-kind": "conference"}
    editor_client.post(_url(upload), {**data, "confirm": "1"})
    event = Article.objects.get().events.get()
    assert (event.title, event.kind) == ("Energy Transition Forum", "conference")

    Article.objects.all().delete()
    Event.objects.all().delete()
    (upload,) = _upload(editor_client, TEXT)
    response = editor_client.get(_url(upload))
    editor_client.post(_url(upload), {**_form(response), f"e{i}-action": "drop", "confirm": "1"})
    assert not Article.objects.get().events.exists() and not Event.objects.exists()


def test_an_events_date_is_corrected(editor_client, ait):
    (upload,) = _upload(editor_client, TEXT)
    response = editor_client.get(_url(upload))
    i = _index(response, "e", "Forum of Southeast University")
    data = _form(response) | {f"e{i}-date": "2023-10-21", f"e{i}-precision": "day"}
    editor_client.post(_url(upload), {**data, "confirm": "1"})
    event = Article.objects.get().events.get()
    assert (event.start_date, event.date_precision) == (dt.date(2023, 10, 21), "day")


def test_title_date_precision_and_status_are_the_editors(editor_client, ait):
    (upload,) = _upload(editor_client, TEXT)
    response = editor_client.get(_url(upload))
    data = _form(response) | {
        "title": "Energy Forum at Southeast University",
        "date": "2023-10-18",
        "precision": "month",
        "status": "draft",
    }
    editor_client.post(_url(upload), {**data, "confirm": "1"})
    article = Article.objects.get()
    assert article.title == "Energy Forum at Southeast University"
    assert (article.dateline, article.dateline_precision) == (dt.date(2023, 10, 1), "month")
    assert article.status == "draft"


def test_a_date_that_is_not_one_is_named(editor_client, ait):
    (upload,) = _upload(editor_client, TEXT)
    response = editor_client.get(_url(upload))
    data = _form(response) | {"date": "19/10/2023", "precision": "day"}
    page = editor_client.post(_url(upload), {**data, "confirm": "1"}).content.decode()
    assert (
        "Date: &#x27;19/10/2023&#x27; is not a date; write it as YYYY-MM-DD (e.g. 2024-03-21)."
    ) in page
    assert not Article.objects.exists()


def test_a_year_unknown_date_keeps_month_and_day(editor_client, ait):
    (upload,) = _upload(editor_client, TEXT)
    response = editor_client.get(_url(upload))
    data = _form(response) | {"date": "2000-10-19", "precision": "month-day"}
    editor_client.post(_url(upload), {**data, "confirm": "1"})
    article = Article.objects.get()
    assert (article.dateline, article.dateline_month, article.dateline_day) == (None, 10, 19)


def test_corrections_are_remembered_for_the_same_text(editor_client, ait, blue):
    (upload,) = _upload(editor_client, TEXT)
    response = editor_client.get(_url(upload))
    i = _index(response, "p", "Blue Horizon Network in Nanjing")
    data = _form(response) | {
        "title": "Energy Forum at Southeast University",
        f"p{i}-action": "link",
        f"p{i}-partner": blue.pk,
    }
    # A partner offered only by the editor's choice is accepted by "link" too.
    editor_client.post(_url(upload), {**data, "confirm": "1"})
    article = Article.objects.get()
    assert article.title == "Energy Forum at Southeast University"
    assert ImportCorrection.objects.get().file == "upload:text-0.txt"

    (again,) = _upload(editor_client, TEXT, names=["renamed.txt"])
    response = editor_client.get(_url(again))
    assert "Your earlier corrections to this text are filled in." in response.content.decode()
    assert response.context["title_value"] == "Energy Forum at Southeast University"
    row = response.context["partners"][i]
    assert (row["action"], row["chosen"]) == ("link", blue.pk)
    editor_client.post(_url(again), {**_form(response), "confirm": "1"})
    assert Article.objects.count() == 1
    assert Article.objects.get().title == "Energy Forum at Southeast University"

    # The command importing the same text keeps them too.
    result = Importer(status="published").import_bytes("upload:text-0.txt", TEXT.encode())
    assert result.status == "unchanged"


def test_a_text_confirmed_as_found_is_the_same_import_as_the_commands(
    editor_client, writer, client, ait
):
    Importer(status="published").import_bytes("upload:forum.txt", TEXT.encode())
    article = Article.objects.get()
    client.force_login(writer)
    (upload,) = _upload(client, TEXT, names=["forum.txt"])
    response = client.get(_url(upload))
    done = client.post(_url(upload), {**_form(response), "confirm": "1"}, follow=True)
    assert (
        "Nothing changed: &#x27;Southeast University Hosts Forum on Energy Transition&#x27; "
        "was imported from forum.txt like this before."
    ) in done.content.decode()
    article.refresh_from_db()
    assert not article.needs_review  # nothing was proposed
    assert Version.objects.get_for_object(article).count() == 1


def test_saving_corrections_imports_nothing(editor_client, ait):
    (upload,) = _upload(editor_client, TEXT)
    response = editor_client.get(_url(upload))
    saved = editor_client.post(_url(upload), {**_form(response), "title": "A", "save": "1"})
    assert saved.status_code == 302 and saved["Location"] == _url(upload)
    assert not Article.objects.exists()
    assert ImportCorrection.objects.get().decisions["title"] == "A"


def test_one_file_a_page_with_next_and_previous(editor_client, ait):
    first, second, third = _upload(editor_client, TEXT, OTHER, TEXT.replace("Dr.", "Mr."))
    response = editor_client.get(_url(second))
    assert response.context["previous_url"] == _url(first)
    assert response.context["next_url"] == _url(third)
    assert "File 2 of 3." in response.content.decode()
    done = editor_client.post(_url(second), {**_form(response), "confirm": "1"})
    assert done["Location"] == _url(third)  # on to the next file


def test_a_writers_review_makes_drafts_only(writer_client, ait):
    (upload,) = _upload(writer_client, TEXT, status="published")
    response = writer_client.get(_url(upload))
    assert response.context["statuses"] == [("draft", "Draft")]
    i = _index(response, "p", "School of Energy")
    data = _form(response) | {"status": "published", f"p{i}-action": "not_org"}
    writer_client.post(_url(upload), {**data, "confirm": "1"})
    article = Article.objects.get()
    assert article.status == "draft" and not article.is_published
    assert not NotOrganisation.objects.exists()  # a Writer's decision holds for their file only
    assert not article.partners.filter(name="School of Energy").exists()


def test_a_writers_changed_text_of_a_published_article_is_a_proposed_revision(
    editor_client, writer, client, ait
):
    (upload,) = _upload(editor_client, TEXT, names=["forum.txt"])
    response = editor_client.get(_url(upload))
    editor_client.post(_url(upload), {**_form(response), "confirm": "1"})
    article = Article.objects.get()
    assert article.is_published

    client.force_login(writer)
    (upload,) = _upload(client, TEXT, names=["forum.txt"])
    response = client.get(_url(upload))
    data = _form(response) | {"title": "A Writer's New Title"}
    done = client.post(_url(upload), {**data, "confirm": "1"}, follow=True)
    article.refresh_from_db()
    assert article.title == "Southeast University Hosts Forum on Energy Transition"
    assert article.needs_review and "revision proposed by writer" in article.review_reasons[-1]
    assert "is published, so the changed text waits for an Editor" in done.content.decode()


def test_another_users_file_is_not_theirs(editor_client, client, writer):
    (upload,) = _upload(editor_client, TEXT)
    client.force_login(writer)
    response = client.get(_url(upload), follow=True)
    assert "This file has expired or was already imported." in response.content.decode()


def test_an_unreadable_file_is_named_and_can_be_discarded(editor_client):
    (upload,) = _upload(editor_client, "")
    page = editor_client.get(_url(upload)).content.decode()
    assert "upload:text-0.txt: file is empty" in page
    editor_client.post(_url(upload), {"discard": "1"})
    assert not PendingUpload.objects.exists()


def test_the_upload_page_links_each_file_to_its_review(editor_client):
    (upload,) = _upload(editor_client, TEXT)
    page = editor_client.get(reverse(UPLOAD), {"batch": upload.batch}).content.decode()
    assert f'<a href="{_url(upload)}">Review and correct text-0.txt</a>' in page


def test_the_partners_considered_share_the_acronym_or_all_words_but_one():
    index = PartnerIndex()
    for n, (name, acronym) in enumerate(
        [("Blue Horizon Network", "BHN"), ("Blue Horizon Network in Nanjing Region", ""),
         ("Red Horizon Network", ""), ("Bright Harbour Navigation", "BHN")]
    ):  # fmt: skip
        index.add(Entry(name=name, acronym=acronym, pk=n))
    considered = index.candidates("Blue Horizon Network in Nanjing")
    assert [index.entries[i].name for i in considered] == [
        "Blue Horizon Network",
        "Blue Horizon Network in Nanjing Region",
    ]
    assert index.candidates("BHN") == [0, 3]
    assert index.explain("BHN") == (0, "by acronym")
    assert index.explain("Blue Horizon Network") == (0, "by name")


def test_the_review_page_costs_the_same_queries_however_many_partners_exist(
    editor_client, ait, make_partner
):
    (upload,) = _upload(editor_client, TEXT)

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert editor_client.get(_url(upload)).status_code == 200
        return len(queries)

    few = count()
    for n in range(40):
        make_partner(name=f"Horizon Network Number {n}", acronym=f"HN{n}")
    assert count() == few


def test_marks_nest_and_a_straddling_fact_points_at_the_mark_that_holds_its_start():
    text = "Blue Horizon Network <met> AIT"
    facts = {
        "title": Fact("title", start=0, end=26),
        "p0": Fact("p0", start=0, end=20),
        "p1": Fact("p1", start=13, end=30),  # straddles the ends of both
        "h0": Fact("h0"),  # not written in the text
        "p9": Fact("p9", start=0, end=20),  # the same words as p0
    }
    assert highlighted(text, facts) == (
        '<mark id="src-title"><mark id="src-p0">Blue Horizon Network</mark> &lt;met&gt;</mark> AIT'
    )
    assert [f.anchor for f in facts.values()] == ["src-title", "src-p0", "src-p0", "", "src-p0"]

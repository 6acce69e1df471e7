"""The news search box (`q`): one results contract on SQLite and PostgreSQL."""

import pytest
from django.urls import reverse

from tests.html import visible_text

pytestmark = pytest.mark.django_db

NEWS = reverse("newsroom:article-list")


@pytest.fixture
def articles(make_article):
    return {
        "title": make_article(title="Memorandum signed with Belarus academy"),
        "standfirst": make_article(
            title="A partnership", standfirst="Renewable projects in Minsk."
        ),
        "body": make_article(title="Seminar report", body="<p>Electric buses in Jakarta.</p>"),
        "draft": make_article(title="Draft memorandum with Belarus", status="draft"),
    }


def found(client, q: str) -> set[str]:
    response = client.get(NEWS, {"q": q})
    assert response.status_code == 200
    return {a.title for a in response.context["page_obj"].object_list}


@pytest.mark.parametrize(
    "q,expected",
    [
        ("memorandum", {"Memorandum signed with Belarus academy"}),
        ("Minsk", {"A partnership"}),
        ("buses Jakarta", {"Seminar report"}),
        ("Belarus", {"Memorandum signed with Belarus academy"}),
        ("   memorandum   ", {"Memorandum signed with Belarus academy"}),
        ("nothing-like-this", set()),
    ],
)
def test_search_finds_words_in_title_standfirst_and_body_of_published_news(
    client, articles, q, expected
):
    assert found(client, q) == expected


def test_search_shows_the_query_as_a_removable_chip_and_a_count(client, articles):
    response = client.get(NEWS, {"q": "Minsk"})
    text = visible_text(response)
    assert "Search: Minsk" in text and "1 article matches these filters" in text
    assert 'value="Minsk"' in response.content.decode()


def test_header_search_box_sends_visitors_to_the_news_search(client, articles):
    html = client.get(reverse("newsroom:home")).content.decode()
    assert 'action="/news/" method="get"' in html and 'name="q"' in html


@pytest.mark.parametrize(
    "q",
    [
        "x" * 5000,
        "Беларусь 白俄罗斯 เบลารุส",
        "'; DROP TABLE newsroom_article; --",
        '" OR 1=1 --',
        "!!! & | :* <>",
        "%_%",
        "emoji 🚌",
    ],
)
def test_odd_queries_give_a_clean_page(client, articles, q):
    response = client.get(NEWS, {"q": q})
    assert response.status_code == 200
    assert response.context["paginator"].count <= 3


def test_null_characters_are_refused_as_a_form_error(client, articles):
    response = client.get(NEWS, {"q": "memo\x00randum"})
    assert response.status_code == 200
    assert "q" in response.context["filter"].form.errors


def test_the_sqlite_index_and_its_triggers_survive_migrations_that_rebuild_the_table(
    client, make_article
):
    from django.db import connection

    from newsroom.search import FTS_TRIGGERS, ensure_sqlite_index

    if connection.vendor != "sqlite":
        pytest.skip("the FTS5 index is SQLite's")
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        assert set(FTS_TRIGGERS) <= {row[0] for row in cursor.fetchall()}
        for name in FTS_TRIGGERS:  # what a migration rebuilding newsroom_article does
            cursor.execute(f"DROP TRIGGER {name}")
    make_article(title="Written while the index was not kept")
    assert ensure_sqlite_index() is True
    assert ensure_sqlite_index() is False
    make_article(title="Written once it is kept again")
    response = client.get(reverse("newsroom:article-list"), {"q": "written"})
    titles = {a.title for a in response.context["page_obj"].object_list}
    assert titles == {"Written while the index was not kept", "Written once it is kept again"}


def test_search_lists_matches_newest_first_and_a_scheduled_one_on_time(
    client, make_article, monkeypatch
):
    import datetime as dt

    from django.utils import timezone

    now = timezone.now()
    for days in (3, 1, 2):
        make_article(title=f"Hydropower {days} days ago", published_at=now - dt.timedelta(days))
    make_article(title="Hydropower tomorrow", published_at=now + dt.timedelta(days=1))
    make_article(title="Solar", published_at=now - dt.timedelta(days=1))
    response = client.get(NEWS, {"q": "hydropower"})
    titles = [a.title for a in response.context["page_obj"].object_list]
    assert titles == ["Hydropower 1 days ago", "Hydropower 2 days ago", "Hydropower 3 days ago"]
    assert "3 articles match these filters" in visible_text(response)

    later = now + dt.timedelta(days=2)
    monkeypatch.setattr(timezone, "now", lambda: later)
    titles = [
        a.title for a in client.get(NEWS, {"q": "hydropower"}).context["page_obj"].object_list
    ]
    assert titles[0] == "Hydropower tomorrow" and len(titles) == 4


def test_search_within_a_tag_and_past_the_count_limit(client, make_article, monkeypatch):
    """A search alone or with topic filters reads the coverage index; a common
    word (more matches than the count limit) walks it newest first."""
    import datetime as dt

    from django.utils import timezone

    now = timezone.now()
    for i in range(6):
        tags = ["water"] if i % 2 else []
        make_article(title=f"Dam report {i}", published_at=now - dt.timedelta(hours=i), tags=tags)
    make_article(title="Dam draft", status="draft", tags=["water"])
    response = client.get(NEWS, {"q": "dam", "tag": "water"})
    titles = [a.title for a in response.context["page_obj"].object_list]
    assert titles == ["Dam report 1", "Dam report 3", "Dam report 5"]

    monkeypatch.setattr("newsroom.filters.COUNT_LIMIT", 4)
    monkeypatch.setattr("newsroom.views.COUNT_LIMIT", 4)
    monkeypatch.setattr("newsroom.views.ListPaginator.count_limit", "4")
    response = client.get(NEWS, {"q": "dam"})
    titles = [a.title for a in response.context["page_obj"].object_list]
    assert titles == [f"Dam report {i}" for i in range(5)]
    assert "More than 4 articles match these filters" in visible_text(response)

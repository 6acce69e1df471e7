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

"""Full-text search over articles, with one results contract on every database.

PostgreSQL uses its text search: a weighted vector over title (A), standfirst
(B) and body (C), matched with ``websearch_to_tsquery``, newest first.
The vector is stored with every article (a generated column with a GIN index,
migration 0006), so matching never re-reads the bodies. SQLite
has an FTS5 index of the same three fields (migration 0008): every word of
the query must start a word of the article, newest first. Neither ever scans
the articles' text (``LIKE '%word%'``).

How many articles match is counted up to ``COUNT_LIMIT`` (the list says
"more than 1,000"): a common word would otherwise cost a count over much of
the archive on every search.
"""

from __future__ import annotations

import re
from functools import cached_property

from django.contrib.postgres.search import (
    SearchQuery,
    SearchVector,
    SearchVectorField,
)
from django.db import connection, connections
from django.db.models import Expression, QuerySet
from django.db.models.expressions import RawSQL

from newsroom.models.coverage import CoveredArticles

MAX_QUERY_LENGTH = 200
MAX_WORDS = 10
SEARCH_CONFIG = "english"
COUNT_LIMIT = 1000
FTS_TABLE = "newsroom_article_fts"


def article_search_vector() -> SearchVector:
    """What an article's search document holds; the stored column of
    migration 0006 is this expression in SQL (a test checks they agree)."""
    return (
        SearchVector("title", weight="A", config=SEARCH_CONFIG)
        + SearchVector("standfirst", weight="B", config=SEARCH_CONFIG)
        + SearchVector("body", weight="C", config=SEARCH_CONFIG)
    )


class SearchDocument(Expression):
    """The stored ``search_document`` column of the query's article table
    (PostgreSQL only): not a model field, as PostgreSQL writes it itself."""

    output_field = SearchVectorField()

    def as_sql(self, compiler, connection):
        table = compiler.quote_name_unless_alias(compiler.query.get_initial_alias())
        return f"{table}.search_document", []


def normalise_query(query: str) -> str:
    """Trim a visitor's query to a sane length and collapse whitespace."""
    return " ".join((query or "").split())[:MAX_QUERY_LENGTH]


def search_articles(queryset: QuerySet, query: str) -> QuerySet:
    query = normalise_query(query)
    if not query:
        return queryset
    if connection.vendor == "postgresql":
        search_query = SearchQuery(query, search_type="websearch", config=SEARCH_CONFIG)
        # Newest first, as on SQLite: ranking every match of a common word read
        # every one's document (19 ms at 100,000 articles, growing with them).
        return (
            queryset.alias(search_document=SearchDocument())
            .filter(search_document=search_query)
            .order_by("-published_at", "-pk")
        )
    match = fts_match(query)
    if not match:
        return queryset.none()
    return queryset.filter(pk__in=fts_rows(match))


def fts_match(query: str) -> str:
    """A visitor's words as an FTS5 query: each word quoted (FTS5 syntax in
    their words is text, not operators) and matched as a prefix, as "hydro"
    finds "hydropower". Empty when there is no word."""
    words = re.findall(r"\w+", normalise_query(query))[:MAX_WORDS]
    return " ".join(f'"{word}"*' for word in words)


def fts_rows(match: str) -> RawSQL:
    return RawSQL(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s", [match])


class SearchedArticles(CoveredArticles):
    """On SQLite, the articles of the topics (all news, or the topic filters
    used with the search) that match an FTS5 query, newest first, so that a
    search costs the same whatever the archive's size:

    - the count is driven by the index of the words, each match probed in the
      coverage index, and stops at ``count_limit + 1``;
    - a page of a capped result (a common word: many matches near the top)
      walks the coverage index newest first and stops at the page's end; a page
      of fewer matches is read from the matches themselves, probed and sorted,
      so that a rare word does not walk the whole archive.
    """

    def __init__(self, topic, now, rows=None, also=(), count_limit=COUNT_LIMIT, *, match: str):
        super().__init__(topic, now, rows, also, count_limit)
        self.match = match

    def with_rows(self, rows) -> SearchedArticles:
        topics = [self.topic, *self.also]
        return SearchedArticles(
            topics[0], self.now, rows, topics[1:], self.count_limit, match=self.match
        )

    def _covered(self, topics) -> tuple[str, list]:
        """SQL that each of ``topics`` covers the match ``f.rowid`` by now."""
        sql = "".join(
            " AND EXISTS (SELECT 1 FROM newsroom_coverage c WHERE c.topic_id = %s"
            " AND c.article_id = f.rowid AND c.published_at <= %s)"
            for _ in topics
        )
        return sql, [value for topic in topics for value in (topic.pk, self.now)]

    @cached_property
    def _count(self) -> int:
        if self.topic is None or None in self.also:
            return 0
        covered, params = self._covered([self.topic, *self.also])
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT COUNT(*) FROM (SELECT 1 FROM {FTS_TABLE} f"
                f" WHERE f.{FTS_TABLE} MATCH %s{covered} LIMIT %s)",
                [self.match, *params, self.count_limit + 1],
            )
            return cursor.fetchone()[0]

    def _keys(self):
        return super()._keys().filter(article__in=fts_rows(self.match))

    def _page_keys(self, index: slice) -> list[int]:
        if self._count > self.count_limit:
            return super()._page_keys(index)
        start = index.start or 0
        stop = self._count if index.stop is None else index.stop
        covered, params = self._covered(self.also)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT c.article_id FROM {FTS_TABLE} f CROSS JOIN newsroom_coverage c"
                " ON c.topic_id = %s AND c.article_id = f.rowid"
                f" WHERE f.{FTS_TABLE} MATCH %s AND c.published_at <= %s{covered}"
                " ORDER BY c.published_at DESC, c.article_id DESC LIMIT %s OFFSET %s",
                [self.topic.pk, self.match, self.now, *params, max(0, stop - start), start],
            )
            return [row[0] for row in cursor.fetchall()]


FTS_COLUMNS = "title, standfirst, body"
FTS_TRIGGERS = {
    f"{FTS_TABLE}_insert": (
        f"AFTER INSERT ON newsroom_article BEGIN INSERT INTO {FTS_TABLE}(rowid, {FTS_COLUMNS}) "
        "VALUES (new.id, new.title, new.standfirst, new.body); END"
    ),
    f"{FTS_TABLE}_delete": (
        f"AFTER DELETE ON newsroom_article BEGIN INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, "
        f"{FTS_COLUMNS}) VALUES ('delete', old.id, old.title, old.standfirst, old.body); END"
    ),
    f"{FTS_TABLE}_update": (
        "AFTER UPDATE OF title, standfirst, body ON newsroom_article BEGIN "
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {FTS_COLUMNS}) "
        "VALUES ('delete', old.id, old.title, old.standfirst, old.body); "
        f"INSERT INTO {FTS_TABLE}(rowid, {FTS_COLUMNS}) "
        "VALUES (new.id, new.title, new.standfirst, new.body); END"
    ),
}


def ensure_sqlite_index(using: str = "default", **kwargs) -> bool:
    """On SQLite, make sure the FTS5 index and the triggers that keep it exist,
    and rebuild it if they did not: a migration that alters the article table
    rebuilds it, which drops its triggers. Runs after every ``migrate``
    (``post_migrate``). Returns whether anything had to be repaired."""
    connection = connections[using]
    if connection.vendor != "sqlite":
        return False
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")
        present = {row[0] for row in cursor.fetchall()}
        if "newsroom_article" not in present or {FTS_TABLE, *FTS_TRIGGERS} <= present:
            return False
        cursor.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5({FTS_COLUMNS}, "
            "content='newsroom_article', content_rowid='id', "
            "tokenize='unicode61 remove_diacritics 2')"
        )
        for name, body in FTS_TRIGGERS.items():
            cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
            cursor.execute(f"CREATE TRIGGER {name} {body}")
        cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
    return True

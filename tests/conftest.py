"""Shared fixtures: users in each editorial role and small content factories."""

import datetime as dt
import itertools
import os

import pytest
from django.contrib.auth.models import Group, User
from django.utils import timezone

from newsroom.models import Article, ArticleStatus, Event, Partner, Person

_counter = itertools.count(1)


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    """Uploaded files of a test go to a temporary folder."""
    settings.MEDIA_ROOT = tmp_path / "media"


# Local memory by default; with TEST_REDIS_URL (CI sets it) the caches are that
# Redis database, emptied before every test: the production path.
TEST_REDIS_URL = os.environ.get("TEST_REDIS_URL", "")
if TEST_REDIS_URL:
    _redis = {"BACKEND": "newsroom.redis_cache.RedisCache", "LOCATION": TEST_REDIS_URL}
    TEST_CACHES = {
        "default": {**_redis, "KEY_PREFIX": "pages"},
        "content_state": {**_redis, "KEY_PREFIX": "state"},
    }
else:
    TEST_CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "pages",
        },
        "content_state": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "state",
        },
    }


@pytest.fixture(autouse=True)
def _caches(settings):
    """Private, empty caches per test, and a cache found healthy."""
    from django.core.cache import caches

    from newsroom.caching import outage

    settings.CACHES = TEST_CACHES
    for alias in TEST_CACHES:
        caches[alias].clear()
    outage.reset()


def _staff_user(username: str, group: str) -> User:
    user = User.objects.create_user(
        username, f"{username}@example.org", "pw-for-tests-1", is_staff=True
    )
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def editor(db):
    return _staff_user("editor", "Editor")


@pytest.fixture
def writer(db):
    return _staff_user("writer", "Writer")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def writer_client(client, writer):
    client.force_login(writer)
    return client


@pytest.fixture
def make_partner(db):
    def make(**fields) -> Partner:
        n = next(_counter)
        fields.setdefault("name", f"Partner Organisation {n}")
        fields.setdefault("reviewed", True)  # entered by hand, by an Editor
        return Partner.objects.create(**fields)

    return make


@pytest.fixture
def make_person(db):
    def make(**fields) -> Person:
        fields.setdefault("name", f"Person {next(_counter)}")
        fields.setdefault("reviewed", True)  # entered by hand, by an Editor
        return Person.objects.create(**fields)

    return make


@pytest.fixture
def make_event(db):
    def make(**fields) -> Event:
        fields.setdefault("title", f"Event {next(_counter)}")
        fields.setdefault("start_date", dt.date(2024, 3, 21))
        fields.setdefault("reviewed", True)  # entered by hand, by an Editor
        return Event.objects.create(**fields)

    return make


@pytest.fixture
def make_article(db):
    """An article; published an hour ago unless told otherwise."""

    def make(**fields) -> Article:
        fields.setdefault("title", f"Article {next(_counter)}")
        fields.setdefault("status", ArticleStatus.PUBLISHED)
        fields.setdefault("body", "<p>Body text.</p>")
        if fields["status"] == ArticleStatus.PUBLISHED:
            fields.setdefault("published_at", timezone.now() - dt.timedelta(hours=1))
        tags = fields.pop("tags", [])
        article = Article.objects.create(**fields)
        if tags:
            article.tags.add(*tags)
        return article

    return make


def png_bytes(width: int = 8, height: int = 6, color=(200, 30, 30)) -> bytes:
    """A real PNG made with Pillow."""
    from io import BytesIO

    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (width, height), color).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def image_upload():
    from django.core.files.uploadedfile import SimpleUploadedFile

    def make(name: str = "photo.png", width: int = 8, height: int = 6):
        return SimpleUploadedFile(name, png_bytes(width, height), content_type="image/png")

    return make


# --- Feeds, calendar, sitemap and SEO (issue 4) ---------------------------------


@pytest.fixture
def bulk_articles(db):
    """``n`` published articles in a few queries, each tagged and naming ``partner``
    when given: for query counts at scale."""
    from django.utils.text import slugify
    from taggit.models import Tag, TaggedItem

    from newsroom.models import ArticlePartner

    def make(n: int, partner: Partner | None = None, tag: str = "bulk") -> list[Article]:
        start = next(_counter)
        now = timezone.now()
        articles = Article.objects.bulk_create(
            Article(
                title=f"Bulk article {start}-{i}",
                slug=f"bulk-article-{start}-{i}",
                standfirst=f"Standfirst {i}.",
                body=f"<p>Body {i}.</p>",
                status=ArticleStatus.PUBLISHED,
                published_at=now - dt.timedelta(minutes=i + 1),
            )
            for i in range(n)
        )
        articles = list(Article.objects.filter(slug__startswith=f"bulk-article-{start}-"))
        tag_obj, _ = Tag.objects.get_or_create(slug=slugify(tag), defaults={"name": tag})
        TaggedItem.objects.bulk_create(
            TaggedItem(content_object=article, tag=tag_obj) for article in articles
        )
        if partner is not None:
            ArticlePartner.objects.bulk_create(
                ArticlePartner(article=article, partner=partner) for article in articles
            )
        rebuild_coverage()  # bulk inserts send no signals
        return articles

    return make


def rebuild_coverage():
    """What pages read, rebuilt after rows were written without signals."""
    from newsroom.models.visibility import rebuild_all

    rebuild_all()


# --- Public pages (issue 4) ----------------------------------------------------


@pytest.fixture
def site(make_article, make_partner, make_person, make_event):
    """A small public site, linked the way the importer links it, plus one article
    in each state visitors must never see (draft, in review, scheduled), each
    with a partner, a person, an event and a tag known only from it."""
    from types import SimpleNamespace

    partner = make_partner(
        name="Sichuan University", acronym="SCU", kind="university", country="CN", city="Chengdu"
    )
    other = make_partner(name="Chongqing Renewable Energy Society", acronym="CRES", kind="ngo")
    person = make_person(name="Xue Wenchao", position="Professor", affiliation=partner)
    forum = make_event(
        title="Green and Low-carbon Forum",
        kind="forum",
        start_date=None,
        date_precision="month-day",
        date_month=6,
        date_day=27,
        city="Chengdu",
        country="CN",
    )
    forum.partner_roles.create(partner=partner, role="organiser")
    visit = make_event(
        title="CRES delegation visit", kind="visit", start_date=dt.date(2023, 11, 28)
    )
    upcoming = make_event(
        title="Belt and Road Energy Summit",
        kind="conference",
        start_date=timezone.localdate() + dt.timedelta(days=30),
        format="online",
    )
    forum_article = make_article(
        title="Green and low-carbon forum concluded in Chengdu",
        standfirst="Nearly 200 experts met in Chengdu.",
        body="<p>The forum discussed green industries going global.</p>",
        dateline_precision="month-day",
        dateline_month=6,
        dateline_day=27,
        tags=["green energy"],
    )
    forum_article.partner_roles.create(partner=partner, role="organiser")
    forum_article.people.add(person)
    forum_article.events.add(forum)
    visit_article = make_article(
        title="Delegation from CRES visits the centre",
        standfirst="Joint seminars on renewable energy were discussed.",
        dateline=dt.date(2023, 11, 28),
        published_at=timezone.now() - dt.timedelta(days=2),
        tags=["green energy", "visits"],
    )
    visit_article.partner_roles.create(partner=other, role="participant")
    visit_article.partner_roles.create(partner=partner, role="mentioned")
    visit_article.events.add(visit)

    hidden = {}
    for state, fields in {
        "draft": {"status": ArticleStatus.DRAFT},
        "review": {"status": ArticleStatus.REVIEW},
        "scheduled": {"published_at": timezone.now() + dt.timedelta(days=3)},
    }.items():
        article = make_article(
            title=f"Secret {state} story about green energy",
            standfirst=f"Unpublished {state} standfirst.",
            dateline=dt.date(2019, 5, 4),
            tags=[f"secret-{state}", "green energy"],
            **fields,
        )
        # Known only from the hidden article, as the importer or a Writer leaves them.
        secret_partner = make_partner(
            name=f"Secret {state} partner", kind="company", reviewed=False
        )
        secret_person = make_person(name=f"Secret {state} person", reviewed=False)
        secret_event = make_event(title=f"Secret {state} event", kind="exhibition", reviewed=False)
        article.partner_roles.create(partner=secret_partner, role="signatory")
        article.partner_roles.create(partner=partner, role="participant")
        article.people.add(secret_person, person)
        article.events.add(secret_event, forum)
        hidden[state] = SimpleNamespace(
            article=article, partner=secret_partner, person=secret_person, event=secret_event
        )
    return SimpleNamespace(
        partner=partner,
        other=other,
        person=person,
        forum=forum,
        visit=visit,
        upcoming=upcoming,
        forum_article=forum_article,
        visit_article=visit_article,
        hidden=hidden,
    )


# --- Importer (issue 3) -------------------------------------------------------

import json as _json  # noqa: E402
import re as _re  # noqa: E402
from pathlib import Path as _Path  # noqa: E402

from rapidfuzz.distance import Levenshtein as _Levenshtein  # noqa: E402

SEEDS_DIR = _Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="session")
def seed_expectations() -> dict:
    path = _Path(__file__).parent / "data" / "seed-expectations.json"
    return _json.loads(path.read_text(encoding="utf-8"))


def _norm(text: str | None) -> str:
    return " ".join(_re.sub(r"[^\w]+", " ", (text or "").casefold()).split())


def same_name(a: str | None, b: str | None) -> bool:
    """Equal ignoring case, punctuation and small typos (the expectations' rule)."""
    from newsroom.importing.resolve import name_key, name_words, typo_equal

    x, y = _norm(a), _norm(b)
    if not x or not y:
        return False
    if x == y or (min(len(x), len(y)) >= 8 and _Levenshtein.distance(x, y) <= 2):
        return True
    # Word order: "X of the Y" names the same organisation as "Y X".
    return name_key(a) == name_key(b) or typo_equal(name_words(a), name_words(b))


@pytest.fixture
def seed_copy(tmp_path):
    """The five seeds copied to a temporary folder (so tests may change them)."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    for seed in sorted(SEEDS_DIR.glob("*.txt")):
        (folder / seed.name).write_bytes(seed.read_bytes())
    return folder

"""Shared fixtures: users in each editorial role and small content factories."""

import datetime as dt
import itertools

import pytest
from django.contrib.auth.models import Group, User
from django.utils import timezone

from newsroom.models import Article, ArticleStatus, Event, Partner, Person

_counter = itertools.count(1)


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    """Uploaded files of a test go to a temporary folder."""
    settings.MEDIA_ROOT = tmp_path / "media"


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
        return Partner.objects.create(**fields)

    return make


@pytest.fixture
def make_person(db):
    def make(**fields) -> Person:
        fields.setdefault("name", f"Person {next(_counter)}")
        return Person.objects.create(**fields)

    return make


@pytest.fixture
def make_event(db):
    def make(**fields) -> Event:
        fields.setdefault("title", f"Event {next(_counter)}")
        fields.setdefault("start_date", dt.date(2024, 3, 21))
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
        tag_obj, _ = Tag.objects.get_or_create(name=tag, defaults={"slug": tag})
        TaggedItem.objects.bulk_create(
            TaggedItem(content_object=article, tag=tag_obj) for article in articles
        )
        if partner is not None:
            ArticlePartner.objects.bulk_create(
                ArticlePartner(article=article, partner=partner) for article in articles
            )
        return articles

    return make

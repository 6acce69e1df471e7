"""generate_demo_content: reproducible, realistic, clean, and careful with real data."""

from collections import Counter

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Count
from taggit.models import TaggedItem

from newsroom.demo import generate_demo_content
from newsroom.models import Article, ArticleStatus, Event, Partner
from newsroom.partial_dates import DatePrecision
from newsroom.sanitize import sanitize_html

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db):
    return generate_demo_content(300, seed=7)


def test_content_is_linked_and_mostly_published(demo):
    assert Article.objects.count() == 300
    statuses = Counter(Article.objects.values_list("status", flat=True))
    assert statuses[ArticleStatus.PUBLISHED] > 240
    assert statuses[ArticleStatus.DRAFT] > 0
    assert Article.objects.scheduled().exists()
    assert TaggedItem.objects.count() >= 300
    assert not Article.objects.filter(partners__isnull=True).exists()
    assert not Article.objects.filter(people__isnull=True).exists()
    assert Article.objects.filter(events__isnull=False).count() > 150
    precisions = set(Event.objects.values_list("date_precision", flat=True))
    assert {DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.MONTH_DAY} <= precisions


def test_bodies_are_already_clean_and_of_press_release_length(demo):
    for body in Article.objects.values_list("body", flat=True)[:100]:
        assert sanitize_html(body) == body
        assert 4 <= body.count("<p>") <= 6
        assert len(body.split()) > 180


def test_slugs_are_unique_even_when_appending(demo):
    generate_demo_content(300, seed=7)
    slugs = list(Article.objects.values_list("slug", flat=True))
    assert len(slugs) == len(set(slugs)) == 600
    assert Partner.objects.values("slug").distinct().count() == Partner.objects.count()


def test_a_few_partners_carry_a_long_tail(demo):
    counts = list(
        Partner.objects.annotate(n=Count("articles")).order_by("-n").values_list("n", flat=True)
    )
    assert counts[0] > 0.25 * 300  # the top partner is in a quarter of the news or more
    assert counts[len(counts) // 2] < counts[0] / 4


def test_same_seed_same_content(db):
    generate_demo_content(40, seed=3)
    first = list(Article.objects.order_by("pk").values_list("title", "body", "status"))
    call_command("generate_demo_content", articles=40, seed=3, clear=True, stdout=None)
    again = list(Article.objects.order_by("pk").values_list("title", "body", "status"))
    assert again == first


def test_refuses_to_write_into_existing_content_without_append(demo):
    with pytest.raises(CommandError, match="already has content. Use --clear"):
        call_command("generate_demo_content", articles=5)
    call_command("generate_demo_content", articles=5, append=True)
    assert Article.objects.count() == 305

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from newsroom.models import Article, ArticleStatus, Event, Partner
from newsroom.partial_dates import DatePrecision, PartialDate

pytestmark = pytest.mark.django_db


def test_published_includes_only_published_articles_whose_time_has_come(make_article):
    now = timezone.now()
    live = make_article(title="Live")
    make_article(title="Draft", status=ArticleStatus.DRAFT)
    make_article(title="In review", status=ArticleStatus.REVIEW)
    make_article(title="Scheduled", published_at=now + dt.timedelta(days=1))

    assert list(Article.objects.published()) == [live]
    assert [a.title for a in Article.objects.scheduled()] == ["Scheduled"]


def test_scheduled_article_becomes_public_when_its_time_passes(make_article):
    publish_at = timezone.now() + dt.timedelta(hours=2)
    article = make_article(published_at=publish_at)

    assert not Article.objects.published().filter(pk=article.pk).exists()
    later = publish_at + dt.timedelta(seconds=1)
    assert Article.objects.published(now=later).filter(pk=article.pk).exists()


def test_publishing_without_a_time_publishes_now(db):
    article = Article.objects.create(title="Now", status=ArticleStatus.PUBLISHED)
    assert article.published_at is not None
    assert article.is_published


def test_slugs_stay_unique_for_equal_titles(make_article, make_partner, make_event):
    first = make_article(title="Forum concluded")
    second = make_article(title="Forum concluded")
    third = make_article(title="Forum concluded")
    assert (first.slug, second.slug, third.slug) == (
        "forum-concluded",
        "forum-concluded-2",
        "forum-concluded-3",
    )
    assert make_partner(name="UNDP").slug != make_partner(name="UNDP").slug
    assert make_event(title="Visit").slug != make_event(title="Visit").slug


def test_slug_survives_resave(make_article):
    article = make_article(title="Stable slug")
    article.title = "A new headline"
    article.save()
    article.refresh_from_db()
    assert article.slug == "stable-slug"


def test_body_is_sanitised_on_every_save(make_article):
    article = make_article(
        body='<p onclick="x()">Hi<script>alert(1)</script> <a href="javascript:alert(1)">x</a></p>'
    )
    article.refresh_from_db()
    assert "script" not in article.body
    assert "onclick" not in article.body
    assert "javascript:" not in article.body
    assert "<p>Hi" in article.body


def test_hero_image_requires_alt_text(db, image_upload):
    article = Article(title="With image", slug="with-image", hero_image=image_upload())
    with pytest.raises(ValidationError) as error:
        article.full_clean()
    assert "alt text is required" in str(error.value)
    article.hero_alt = "Delegates at the signing table"
    article.full_clean()
    article.save()
    assert (article.hero_width, article.hero_height) == (8, 6)
    assert article.hero_image.name.startswith("articles/")
    assert "photo" not in article.hero_image.name


def test_partial_dates_display_only_what_is_known(make_article, make_event):
    article = make_article()
    article.set_when(PartialDate.of_month_day(6, 27, "June 27"))
    article.save()
    article.refresh_from_db()
    assert article.when.display() == "27 June, year unknown"
    assert article.when.iso() is None

    event = make_event(start_date=dt.date(2021, 6, 1), date_precision=DatePrecision.MONTH)
    assert event.when.display() == "June 2021"
    event = make_event(start_date=dt.date(2023, 11, 28), date_precision=DatePrecision.DAY)
    assert event.when.display() == "28 November 2023"


def test_event_end_before_start_is_refused(make_event):
    event = make_event(start_date=dt.date(2024, 3, 21))
    event.end_date = dt.date(2024, 3, 20)
    with pytest.raises(ValidationError, match="end date is before the start date"):
        event.full_clean()


def test_partner_aliases_are_deduplicated_and_exclude_known_names(make_partner):
    partner = make_partner(name="Belt and Road Research Center", acronym="BRRC")
    assert partner.add_alias("BBRC")
    assert not partner.add_alias("bbrc")
    assert not partner.add_alias("BRRC")
    assert not partner.add_alias("Belt and Road Research Center")
    partner.save()
    assert Partner.objects.get(pk=partner.pk).alias_list == ["BBRC"]
    assert partner.names == ["Belt and Road Research Center", "BRRC", "BBRC"]


def test_public_partners_hide_those_known_only_from_drafts(make_article, make_partner):
    manual = make_partner(name="Entered by hand")
    covered = make_partner(name="In the news")
    hidden = make_partner(name="Only in a draft", reviewed=False)
    make_article().partners.add(covered)
    make_article(status=ArticleStatus.DRAFT).partners.add(hidden)

    assert set(Partner.objects.public()) == {manual, covered}
    partners = Partner.objects.with_article_counts(list(Partner.objects.all()))
    counted = {p.name: p.article_count for p in partners}
    assert counted == {"Entered by hand": 0, "In the news": 1, "Only in a draft": 0}


def test_events_upcoming_and_past(make_event):
    today = dt.date(2025, 1, 10)
    past = make_event(title="Past", start_date=dt.date(2024, 5, 1))
    soon = make_event(title="Soon", start_date=dt.date(2025, 2, 1))
    running = make_event(
        title="Running", start_date=dt.date(2025, 1, 5), end_date=dt.date(2025, 1, 12)
    )
    undated = make_event(
        title="No year",
        start_date=None,
        date_precision=DatePrecision.MONTH_DAY,
        date_month=6,
        date_day=27,
    )
    assert list(Event.objects.upcoming(today)) == [running, soon]
    assert Event.objects.next_up(5, today) == [running, soon]
    assert Event.objects.next_up(1, today) == [running]
    assert list(Event.objects.past(today)) == [past, undated]


def test_article_without_a_news_date_is_dated_by_its_publish_time(make_article):
    published = timezone.make_aware(dt.datetime(2024, 5, 6, 10, 0))
    article = make_article(published_at=published)  # admin default: precision "day", no date
    assert article.dateline is None
    assert article.when.display() == "6 May 2024"
    assert list(Article.objects.in_year(2024)) == [article]
    assert list(Article.objects.in_month(5)) == [article]
    assert Article.news_years() == [2024]


def test_saved_text_holds_no_invisible_characters_and_titles_stay_on_one_line(make_article):
    article = make_article(
        title="\ufeffForum\u200b on\r\nenergy\x0b\x00 cooperation\ufffd",
        body="<p>First\r\nline</p>\x00",
    )
    article.refresh_from_db()

    assert article.title == "Forum on energy cooperation"
    assert article.body == "<p>First\nline</p>"


def test_related_articles_share_a_partner_first_then_a_tag_newest_first(make_article, make_partner):
    ago = lambda hours: timezone.now() - dt.timedelta(hours=hours)  # noqa: E731
    partner, other = make_partner(name="Shared partner"), make_partner(name="Unrelated partner")
    article = make_article(title="This one", tags=["energy"])
    article.partners.add(partner)
    both = make_article(title="Partner and tag", published_at=ago(50), tags=["energy"])
    old_partner = make_article(title="Partner, older", published_at=ago(40))
    new_partner = make_article(title="Partner, newer", published_at=ago(3))
    make_article(title="Tag only", published_at=ago(2), tags=["energy"])
    scheduled = make_article(title="Partner, scheduled", published_at=ago(-5))
    draft = make_article(title="Partner, draft", status=ArticleStatus.DRAFT)
    unrelated = make_article(title="Nothing shared", published_at=ago(1))
    for shares in (both, old_partner, new_partner, scheduled, draft):
        shares.partners.add(partner)
    unrelated.partners.add(other)

    titles = [related.title for related in article.related_articles(limit=4)]
    assert titles == ["Partner and tag", "Partner, newer", "Partner, older", "Tag only"]
    assert [related.title for related in article.related_articles(limit=2)] == titles[:2]
    assert make_article(title="Alone").related_articles() == []


def test_a_partners_newest_events_follow_each_events_start_date(make_event, make_partner):
    from newsroom.models import EventPartner

    partner, other = make_partner(name="Host university"), make_partner(name="Elsewhere")
    old = make_event(title="Old", start_date=dt.date(2020, 5, 1))
    new = make_event(title="New", start_date=dt.date(2024, 5, 1))
    undated = make_event(
        title="Undated", start_date=None, date_precision=DatePrecision.MONTH_DAY, date_month=6,
        date_day=27,
    )  # fmt: skip
    hidden = make_event(title="Not public", start_date=dt.date(2025, 1, 1), reviewed=False)
    theirs = make_event(title="Not theirs", start_date=dt.date(2025, 2, 1))
    for event, role in [(old, "host"), (new, "host"), (new, "organiser"), (undated, "host"),
                        (hidden, "host")]:  # fmt: skip
        EventPartner.objects.create(event=event, partner=partner, role=role)
    EventPartner.objects.create(event=theirs, partner=other, role="host")

    assert Event.objects.newest_of_partner(partner, 5) == [new, old, undated]
    assert Event.objects.newest_of_partner(partner, 1) == [new]
    old.start_date = dt.date(2025, 6, 1)  # moved: its links follow
    old.save()
    assert Event.objects.newest_of_partner(partner, 2) == [old, new]


def stored_tags(article) -> list[str]:
    """The tag names an article's row shows, read afresh."""
    return [name for _, name, _ in Article.objects.get(pk=article.pk).listed_tags]


def test_an_articles_stored_tags_follow_every_change_to_them(make_article):
    article = make_article(tags=["trade", "energy"])
    assert stored_tags(article) == ["energy", "trade"]
    assert [tag.name for tag in article.tag_list] == ["energy", "trade"]  # in memory too

    article.tags.add("forum")
    article.tags.remove("trade")
    assert stored_tags(article) == ["energy", "forum"]
    assert [tag.name for tag in article.tag_list] == ["energy", "forum"]

    article.tags.set(["water"])
    assert stored_tags(article) == ["water"]
    article.tags.clear()
    assert stored_tags(article) == [] and article.tag_list == []


def test_a_renamed_or_deleted_tag_changes_every_article_it_is_on(make_article):
    from taggit.models import Tag, TaggedItem

    first, second = make_article(tags=["energy", "water"]), make_article(tags=["energy"])
    energy = Tag.objects.get(name="energy")
    energy.name, energy.slug = "Clean energy", "clean-energy"
    energy.save()
    assert stored_tags(first) == ["Clean energy", "water"]
    assert Article.objects.get(pk=second.pk).tag_list[0].slug == "clean-energy"

    energy.delete()
    assert stored_tags(first) == ["water"] and stored_tags(second) == []

    # A tagged item written by itself (not through the article's tags) counts too.
    TaggedItem.objects.create(content_object=second, tag=Tag.objects.get(name="water"))
    assert stored_tags(second) == ["water"]


def test_an_article_saved_from_an_older_copy_keeps_the_tags_it_has_now(make_article):
    article = make_article(tags=["energy"])
    older = Article.objects.get(pk=article.pk)  # read before the next tag
    article.tags.add("water")
    older.title = "Retitled"
    older.save()
    assert stored_tags(article) == ["energy", "water"]
    assert [tag.name for tag in older.tag_list] == ["energy", "water"]


def test_stored_tags_are_rebuilt_from_the_tagged_items(make_article):
    from newsroom.models.visibility import rebuild_all

    article = make_article(tags=["energy", "forum"])
    Article.objects.filter(pk=article.pk).update(listed_tags=[])
    rebuild_all()
    tags = Article.objects.get(pk=article.pk).tag_list
    assert [(tag.name, tag.slug) for tag in tags] == [("energy", "energy"), ("forum", "forum")]
    assert all(tag.pk for tag in tags)


def test_an_events_labels_are_its_choices_labels(make_event):
    from newsroom.models import EventFormat, EventKind

    for kind, fmt in zip(EventKind, [*EventFormat] * 4, strict=False):
        event = make_event(kind=kind, format=fmt)
        assert (event.kind_label, event.format_label) == (
            event.get_kind_display(),
            event.get_format_display(),
        )


def test_the_newest_articles_of_one_topic_are_published_ones_newest_first(make_article, make_event):
    from newsroom.models import TopicKind

    event = make_event(title="Green forum")
    hour = dt.timedelta(hours=1)
    older, newer, newest = (
        make_article(title=title, published_at=timezone.now() - n * hour)
        for n, title in ((3, "Older"), (2, "Newer"), (1, "Newest"))
    )
    scheduled = make_article(title="Tomorrow", published_at=timezone.now() + 24 * hour)
    draft = make_article(title="Draft", status=ArticleStatus.DRAFT)
    for article in (older, newer, newest, scheduled, draft):
        article.events.add(event)

    found = Article.objects.published().newest_of(TopicKind.EVENT, event.pk, 2)

    assert [article.title for article in found] == ["Newest", "Newer"]
    everything = Article.objects.published().newest_of(TopicKind.EVENT, event.pk, 10)
    assert [article.title for article in everything] == ["Newest", "Newer", "Older"]

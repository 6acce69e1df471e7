from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command


@pytest.mark.django_db
def test_migrations_are_complete():
    out = StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out)
    assert "No changes detected" in out.getvalue()


@pytest.mark.django_db
def test_editorial_groups_exist_with_the_right_permissions():
    writer = set(Group.objects.get(name="Writer").permissions.values_list("codename", flat=True))
    editor = set(Group.objects.get(name="Editor").permissions.values_list("codename", flat=True))
    assert {"add_article", "change_article", "view_article"} <= writer
    assert "publish_article" not in writer
    assert "delete_article" not in writer
    assert {"publish_article", "delete_article", "add_partner", "delete_event"} <= editor


@pytest.mark.django_db
def test_upgrading_counts_every_topic_now_exact_until_its_next_scheduled_article(
    make_article, make_partner, make_event
):
    """Migration 0027 recounts topics left as an older release wrote them (a
    count from before a scheduled article went live, never marked exact) and
    leaves the event summaries, which have no rows, as they were."""
    import datetime as dt
    import importlib

    from django.apps import apps
    from django.utils import timezone

    from newsroom.models import Topic, TopicKind
    from newsroom.models.coverage import ALWAYS

    partner = make_partner(name="Zeta Institute")
    make_event(title="Zeta Forum", start_date=dt.date(2024, 5, 1))
    due = timezone.now() + dt.timedelta(hours=3)
    for published_at in (timezone.now() - dt.timedelta(hours=2), due):
        make_article(published_at=published_at).partners.add(partner)
    Topic.objects.update(count=0, counted_until=ALWAYS, exact_until=ALWAYS)
    Topic.objects.filter(kind=TopicKind.EVENT_YEAR).update(count=7)

    migration = importlib.import_module("newsroom.migrations.0027_topic_exact_until")
    migration.count_topics_now(apps, None)

    for kind, key in ((TopicKind.PARTNER, str(partner.pk)), (TopicKind.NEWS, "")):
        topic = Topic.objects.get(kind=kind, key=key)
        assert (topic.count, topic.exact_until) == (1, due)
    summary = Topic.objects.get(kind=TopicKind.EVENT_YEAR, key="2024")
    assert (summary.count, summary.exact_until) == (7, ALWAYS)

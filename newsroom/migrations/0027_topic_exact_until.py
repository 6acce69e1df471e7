import datetime

from django.db import migrations, models
from django.db.models import Count, Min, Q
from django.utils import timezone

NEVER = datetime.datetime(9999, 12, 31, tzinfo=datetime.UTC)


def count_topics_now(apps, schema_editor):
    """Each topic with coverage rows counted at this moment, exact until the
    earliest of its rows still to come (never, when none is scheduled)."""
    Topic = apps.get_model("newsroom", "Topic")
    now = timezone.now()
    spans = (
        Topic.objects.filter(rows__isnull=False)
        .annotate(
            live=Count("rows", filter=Q(rows__published_at__lte=now)),
            due=Min("rows__published_at", filter=Q(rows__published_at__gt=now)),
        )
        .order_by()
    )
    for topic in spans.iterator():
        topic.count, topic.counted_until, topic.exact_until = topic.live, now, topic.due or NEVER
        topic.save(update_fields=["count", "counted_until", "exact_until"])


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0026_event_listed_partners"),
    ]

    operations = [
        migrations.AddField(
            model_name="topic",
            name="exact_until",
            field=models.DateTimeField(
                default=datetime.datetime(1970, 1, 1, 0, 0, tzinfo=datetime.UTC)
            ),
        ),
        migrations.RunPython(count_topics_now, migrations.RunPython.noop),
    ]

from django.db import migrations, models


def fill_listed_partners(apps, schema_editor):
    """What each existing event's page shows of its partners, onto its row."""
    from newsroom.models.linked import refresh_event_partners

    Event = apps.get_model("newsroom", "Event")
    refresh_event_partners(Event.objects.order_by().values_list("pk", flat=True), apps)


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0025_article_listed_links"),
    ]

    operations = [
        migrations.AddField(
            model_name="event",
            name="listed_partners",
            field=models.JSONField(
                blank=True,
                default=list,
                editable=False,
                help_text="What the event's page shows of its partners, with the time each "
                "became public: kept by every change to them (``newsroom.models.linked``).",
            ),
        ),
        migrations.RunPython(fill_listed_partners, migrations.RunPython.noop),
    ]

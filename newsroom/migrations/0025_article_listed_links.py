from django.db import migrations, models


def fill_listed_links(apps, schema_editor):
    """What each existing article's page shows of its links, onto its row."""
    from newsroom.models.linked import refresh_links

    Article = apps.get_model("newsroom", "Article")
    refresh_links(Article.objects.order_by().values_list("pk", flat=True), apps)


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0024_article_listed_tags"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="listed_links",
            field=models.JSONField(
                blank=True,
                default=dict,
                editable=False,
                help_text="What the article's page shows of its partners, people and events: "
                "kept by every change to them (``newsroom.models.linked``), so that the page "
                "reads no link.",
            ),
        ),
        migrations.RunPython(fill_listed_links, migrations.RunPython.noop),
    ]

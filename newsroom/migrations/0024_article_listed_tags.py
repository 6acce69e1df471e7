from collections import defaultdict

from django.db import migrations, models

BATCH = 500


def fill_listed_tags(apps, schema_editor):
    """Each existing article's tags, by name, onto its row (as ``refresh_listed_tags``)."""
    Article = apps.get_model("newsroom", "Article")
    ContentType = apps.get_model("contenttypes", "ContentType")
    TaggedItem = apps.get_model("taggit", "TaggedItem")
    kind = ContentType.objects.filter(app_label="newsroom", model="article").first()
    if kind is None:
        return
    tags = defaultdict(list)
    items = TaggedItem.objects.filter(content_type=kind).order_by()
    for article, *tag in items.values_list("object_id", "tag", "tag__name", "tag__slug"):
        tags[article].append(tag)
    rows = [
        Article(pk=pk, listed_tags=sorted(found, key=lambda tag: (tag[1], tag[0])))
        for pk, found in tags.items()
    ]
    Article.objects.bulk_update(rows, ["listed_tags"], batch_size=BATCH)


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("newsroom", "0023_nulls_last_indexes"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="listed_tags",
            field=models.JSONField(
                blank=True,
                default=list,
                editable=False,
                help_text="The article's tags as [id, name, slug], by name: kept by every "
                "change to its tags (``connect_signals``), so that a list shows them without "
                "reading the tags.",
            ),
        ),
        migrations.RunPython(fill_listed_tags, migrations.RunPython.noop),
    ]

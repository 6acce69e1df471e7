import django.utils.timezone
from django.db import migrations, models

# Editors read and delete redirects; Writers read them. Nobody writes them by hand.
GROUP_PERMISSIONS = {"Editor": ["view", "delete"], "Writer": ["view"]}


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("newsroom")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, actions in GROUP_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="newsroom",
                codename__in=[f"{action}_redirect" for action in actions],
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0008_article_fts"),
    ]

    operations = [
        migrations.CreateModel(
            name="Redirect",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "old_path",
                    models.CharField(
                        help_text="The address that no longer has a page of its own, as in "
                        "/news/old-slug/.",
                        max_length=300,
                        unique=True,
                        verbose_name="old address",
                    ),
                ),
                (
                    "new_path",
                    models.CharField(
                        blank=True,
                        help_text="Where visitors of the old address are sent; empty: the page "
                        "was deleted (410 Gone).",
                        max_length=300,
                        verbose_name="new address",
                    ),
                ),
                (
                    "created_at",
                    models.DateTimeField(db_index=True, default=django.utils.timezone.now),
                ),
            ],
            options={"ordering": ["-created_at", "old_path"]},
        ),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]

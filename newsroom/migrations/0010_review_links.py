import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

import newsroom.models.review_links

# Whoever may change an article or event may share it for review and revoke
# its links; only Editors delete links (and with them their visits).
GROUP_PERMISSIONS = {
    "Editor": {
        "reviewlink": ["add", "change", "delete", "view"],
        "reviewvisit": ["view", "delete"],
    },
    "Writer": {"reviewlink": ["add", "change", "view"], "reviewvisit": ["view"]},
}


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("newsroom")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, models_actions in GROUP_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        codenames = [f"{a}_{model}" for model, actions in models_actions.items() for a in actions]
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="newsroom", codename__in=codenames)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0009_redirects"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="ReviewLink",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "token",
                    models.CharField(
                        default=newsroom.models.review_links.new_token,
                        editable=False,
                        max_length=64,
                        unique=True,
                    ),
                ),
                (
                    "note",
                    models.CharField(
                        blank=True,
                        help_text="Whom the link is for, as in 'Ms Chen, Bangkok Post': "
                        "only staff see it.",
                        max_length=200,
                        verbose_name="for whom",
                    ),
                ),
                (
                    "created_at",
                    models.DateTimeField(default=django.utils.timezone.now, editable=False),
                ),
                (
                    "expires_at",
                    models.DateTimeField(
                        default=newsroom.models.review_links.default_expiry,
                        help_text="After this time the link opens nothing.",
                        verbose_name="expires",
                    ),
                ),
                (
                    "revoked_at",
                    models.DateTimeField(
                        blank=True, editable=False, null=True, verbose_name="revoked"
                    ),
                ),
                (
                    "article",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="review_links",
                        to="newsroom.article",
                    ),
                ),
                (
                    "created_by",
                    models.ForeignKey(
                        blank=True,
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "event",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="review_links",
                        to="newsroom.event",
                    ),
                ),
            ],
            options={
                "verbose_name": "review link",
                "ordering": ["-created_at", "-pk"],
            },
        ),
        migrations.CreateModel(
            name="ReviewVisit",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("visited_at", models.DateTimeField(default=django.utils.timezone.now)),
                (
                    "link",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="visits",
                        to="newsroom.reviewlink",
                    ),
                ),
            ],
            options={
                "verbose_name": "review link visit",
                "ordering": ["-visited_at", "-pk"],
            },
        ),
        migrations.AddConstraint(
            model_name="reviewlink",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("article__isnull", False), ("event__isnull", True)),
                    models.Q(("article__isnull", True), ("event__isnull", False)),
                    _connector="OR",
                ),
                name="review_link_of_one_article_or_event",
            ),
        ),
        migrations.AddIndex(
            model_name="reviewvisit",
            index=models.Index(fields=["link", "-visited_at"], name="review_visit_by_link"),
        ),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]

"""Create the Writer and Editor groups with their permissions.

Writers add and change articles (and the partners, people, events and tags
they link) but cannot publish or delete. Editors may do everything in the
newsroom, including publishing.
"""

from django.db import migrations

WRITER_PERMISSIONS = {
    ("newsroom", "article"): ["add", "change", "view"],
    ("newsroom", "articlepartner"): ["add", "change", "delete", "view"],
    ("newsroom", "partner"): ["add", "change", "view"],
    ("newsroom", "person"): ["add", "change", "view"],
    ("newsroom", "event"): ["add", "change", "view"],
    ("newsroom", "eventpartner"): ["add", "change", "delete", "view"],
    ("taggit", "tag"): ["add", "view"],
}
EDITOR_MODELS = [
    ("newsroom", "article"),
    ("newsroom", "articlepartner"),
    ("newsroom", "partner"),
    ("newsroom", "person"),
    ("newsroom", "event"),
    ("newsroom", "eventpartner"),
    ("taggit", "tag"),
    ("taggit", "taggeditem"),
]


def create_groups(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations ran; make sure
    # they exist now so that the groups can be given them.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def perms(app_label, model, actions):
        return Permission.objects.filter(
            content_type__app_label=app_label,
            codename__in=[f"{action}_{model}" for action in actions],
        )

    writer, _ = Group.objects.get_or_create(name="Writer")
    for (app_label, model), actions in WRITER_PERMISSIONS.items():
        writer.permissions.add(*perms(app_label, model, actions))

    editor, _ = Group.objects.get_or_create(name="Editor")
    for app_label, model in EDITOR_MODELS:
        editor.permissions.add(*perms(app_label, model, ["add", "change", "delete", "view"]))
    editor.permissions.add(
        *Permission.objects.filter(content_type__app_label="newsroom", codename="publish_article")
    )


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Writer", "Editor"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]

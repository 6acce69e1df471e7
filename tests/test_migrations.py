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

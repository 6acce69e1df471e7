import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "For local use only: when debug is on and no superuser exists, create one "
        "and print its credentials once. Does nothing in production."
    )

    def handle(self, *args, **options):
        User = get_user_model()
        if not settings.DEBUG:
            self.stdout.write("Debug is off: no superuser is created automatically.")
            return
        if User.objects.filter(is_superuser=True).exists():
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser("admin", "admin@localhost", password)
        self.stdout.write(
            self.style.SUCCESS(
                "Created a local superuser for the admin at /admin/ — "
                f"username: admin  password: {password}  (shown only this once)"
            )
        )

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from newsroom.backup import BackupError, create_backup


class Command(BaseCommand):
    help = "Write all content, users, revisions and media to one .tar.gz archive."

    def add_arguments(self, parser):
        default = f"backups/newsroom-{timezone.now():%Y%m%d-%H%M%S}.tar.gz"
        parser.add_argument("path", nargs="?", default=default, help=f"default: {default}")

    def handle(self, *args, **options):
        try:
            summary = create_backup(Path(options["path"]))
        except (BackupError, OSError) as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            self.style.SUCCESS(
                f"Backed up {summary.objects} objects and {summary.media_files} media files "
                f"to {summary.path}"
            )
        )

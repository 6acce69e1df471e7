from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from newsroom.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = "Restore a backup made by backup_content into an empty, migrated database."

    def add_arguments(self, parser):
        parser.add_argument("path", help="the .tar.gz archive written by backup_content")
        parser.add_argument(
            "--force", action="store_true", help="load the backup even if content exists"
        )

    def handle(self, *args, **options):
        try:
            summary = restore_backup(Path(options["path"]), allow_non_empty=options["force"])
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored {summary.objects} objects and {summary.media_files} media files "
                f"from {summary.path}"
            )
        )

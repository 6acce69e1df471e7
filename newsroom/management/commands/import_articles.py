import json
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor
from tqdm import tqdm

from newsroom.importing.load import Importer, PathError
from newsroom.importing.report import progress_line, report_json, summary_line


class Command(BaseCommand):
    help = "Import press texts (.txt/.md files or folders) as linked articles."

    def add_arguments(self, parser):
        parser.add_argument(
            "paths", nargs="*", type=Path, help="Files or folders (default: seeds/)."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Parse and report; write nothing."
        )
        parser.add_argument("--json", action="store_true", help="Print a JSON array on stdout.")
        parser.add_argument("--status", choices=["draft", "published"], default="published")
        parser.add_argument("--force", action="store_true", help="Overwrite articles edited since.")
        parser.add_argument("--max-bytes", type=int, default=settings.NEWSROOM_IMPORT_MAX_BYTES)
        parser.add_argument(
            "--user",
            help="Import as this staff user, with their role's rules (a Writer's imports are "
            "drafts or proposed revisions). Default: the system, with an Editor's rights.",
        )

    def _user(self, username):
        if username is None:
            return None
        user = get_user_model().objects.filter(username=username).first()
        if user is None or not (user.is_active and user.is_staff):
            raise CommandError(f"--user {username}: no active staff user of that name")
        return user

    def _check_database(self):
        # Even a dry run reads partners and remembered corrections: on a database
        # that is not set up it would end in a traceback instead of a sentence.
        executor = MigrationExecutor(connections[DEFAULT_DB_ALIAS])
        pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
        if pending:
            raise CommandError(
                f"the database is not set up: {len(pending)} migration(s) not applied; "
                "run `manage.py migrate` first"
            )

    def handle(self, *args, **options):
        self._check_database()
        paths = options["paths"] or [Path(settings.BASE_DIR) / "seeds"]
        importer = Importer(
            status=options["status"],
            force=options["force"],
            dry_run=options["dry_run"],
            max_bytes=options["max_bytes"],
            user=self._user(options["user"]),
        )
        # The progress bar redraws its line: the wrapper adds no line ending of its own.
        self.stderr.ending = ""
        bar = tqdm(unit="file", file=self.stderr, disable=None, leave=False)

        def progress(result):
            bar.update(1)
            if result.error or result.note or options["verbosity"] > 1:
                bar.write(progress_line(result), file=self.stderr)

        try:
            report = importer.import_paths(paths, progress=progress)
        except PathError as exc:
            raise CommandError(str(exc)) from None
        finally:
            bar.close()
            self.stderr.ending = "\n"
        if options["json"]:
            self.stdout.write(json.dumps(report_json(report), ensure_ascii=False, indent=2))
        self.stderr.write(summary_line(report))
        problems = report.count("failed") + report.count("conflict")
        if problems:
            raise CommandError(f"{problems} file(s) not imported; see the messages above.")

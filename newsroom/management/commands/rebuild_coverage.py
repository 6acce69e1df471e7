from django.core.management.base import BaseCommand

from newsroom.caching import content_changed
from newsroom.models.visibility import rebuild_all


class Command(BaseCommand):
    help = (
        "Rebuild what public pages read instead of aggregating the archive: each "
        "article's coverage (topics, counts, years) and the visibility of partners, "
        "people and events. Saves keep it current; run this after writing rows "
        "without the ORM's signals (bulk inserts, raw SQL) or to repair it."
    )

    def handle(self, *args, **options):
        report = rebuild_all()
        content_changed()
        self.stdout.write(
            self.style.SUCCESS(
                f"Rebuilt coverage of {report['articles']} published articles: "
                f"{report['topics']} topics, {report['rows']} rows."
            )
        )

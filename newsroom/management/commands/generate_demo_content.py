from django.core.management.base import BaseCommand, CommandError

from newsroom.demo import clear_content, content_exists, generate_demo_content


class Command(BaseCommand):
    help = (
        "Fill the database with realistic, reproducible demo content: articles with "
        "tags, partners, people and events (for trying the site and for `make bench`)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=1000, help="How many articles.")
        parser.add_argument("--seed", type=int, default=1, help="Same seed, same content.")
        group = parser.add_mutually_exclusive_group()
        group.add_argument(
            "--clear", action="store_true", help="Delete all existing content first."
        )
        group.add_argument(
            "--append", action="store_true", help="Add to the content already there."
        )

    def handle(self, *args, articles, seed, clear, append, verbosity, **options):
        if articles < 1:
            raise CommandError("--articles must be at least 1.")
        if clear:
            clear_content()
        elif content_exists() and not append:
            raise CommandError(
                "The database already has content. Use --clear to delete it first "
                "(articles, partners, people, events and tags; users are kept) or "
                "--append to add to it."
            )
        progress = self.stdout.write if verbosity > 1 else None
        report = generate_demo_content(articles, seed, progress=progress)
        self.stdout.write(
            self.style.SUCCESS(
                f"Created {report.articles} articles, {report.partners} partners, "
                f"{report.people} people, {report.events} events and {report.tags} tags "
                f"in {report.seconds:.1f} s."
            )
        )

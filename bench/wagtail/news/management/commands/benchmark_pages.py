"""Print, as JSON, the pages the comparison benchmark loads: the news index's
page 1 and a deep page, and an article, each with its SQL queries and bytes
per request (the second request, as a load test sees it)."""

import json

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.models import Func
from django.db.models.functions import Length
from django.test import Client
from django.test.utils import CaptureQueriesContext

from news.models import ArticlePage, NewsIndexPage


class Command(BaseCommand):
    help = "Print the benchmark's pages with their queries per request, as JSON."

    def add_arguments(self, parser):
        parser.add_argument("--deep-page", type=int, default=40, help="The deep page's number.")
        parser.add_argument(
            "--body-length",
            type=int,
            default=2200,
            help="The article is the newest live one whose body is nearest this length.",
        )

    def handle(self, *args, deep_page, body_length, **options):
        news = NewsIndexPage.objects.live().first()
        article = (
            ArticlePage.objects.live()
            .annotate(gap=Func(Length("body") - body_length, function="ABS"))
            .order_by("gap", "-date")
            .first()
        )
        if not news or not article:
            raise CommandError("No news index or no live article: run generate_articles.")
        pages = [
            {"name": "news p1", "path": news.url},
            {"name": f"news p{deep_page}", "path": f"{news.url}?page={deep_page}"},
            {"name": "article", "path": article.url},
        ]
        client = Client()
        for page in pages:
            client.get(page["path"])
            with CaptureQueriesContext(connection) as queries:
                response = client.get(page["path"])
            if response.status_code != 200:
                raise CommandError(f"{page['path']} answered {response.status_code}")
            page.update(queries=len(queries), bytes=len(response.content))
        self.stdout.write(json.dumps(pages))

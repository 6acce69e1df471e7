"""Fill the site with N article pages the size of Newsroom's demo articles.

Sizes follow Newsroom's ``generate_demo_content``: headlines of 40-220
characters (about 100 on average), intros of 120-320 (about 190), bodies of
four to six paragraphs (about 2.2 KB), one to four tags out of 28 topics, dates
over the last eight years, and about 9 % of articles unpublished.

Pages are created the way Wagtail creates them, with ``add_child`` (paths,
``url_path``, the search and reference indexes all kept by Wagtail itself), in
one transaction so that 10,000 take minutes rather than an hour.
"""

import datetime as dt
import random
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify
from taggit.models import Tag
from wagtail.models import Page, Site

from news.models import ArticlePage, HomePage, NewsIndexPage

HISTORY_DAYS = 8 * 365
UNPUBLISHED_SHARE = 0.09
TOPICS = [
    "green energy", "climate change", "digital economy", "capacity building",
    "water security", "food security", "public health", "urban planning",
    "transport", "education", "disaster risk reduction", "agriculture",
    "trade", "tourism", "cultural heritage", "biodiversity", "hydropower",
    "renewable energy", "smart cities", "logistics", "artificial intelligence",
    "remote sensing", "materials science", "rural development", "finance",
    "governance", "youth exchange", "space technology",
]  # fmt: skip
PROSE = (
    "the centre and its partners held a seminar on research cooperation between "
    "universities institutes ministries in the region participants discussed joint "
    "projects training programmes field visits data sharing student exchange "
    "publications policy advice sustainable development infrastructure engineering "
    "experts delegation signed memorandum of understanding agreed to continue work "
    "next year laboratory results presented at a forum with representatives from "
    "industry local government international organisations"
)
WORDS = PROSE.split()


def words(rng: random.Random, length: int) -> str:
    """A sentence of about ``length`` characters."""
    picked: list[str] = []
    while sum(len(word) + 1 for word in picked) < length:
        picked.append(rng.choice(WORDS))
    return " ".join(picked).capitalize()


def article_text(rng: random.Random) -> tuple[str, str, str]:
    title = words(rng, rng.randint(40, 155))
    intro = words(rng, rng.randint(120, 260)) + "."
    paragraphs = [
        ". ".join(words(rng, rng.randint(80, 150)) for _ in range(rng.randint(3, 4))) + "."
        for _ in range(rng.randint(4, 6))
    ]
    return title, intro, "".join(f"<p>{text}</p>" for text in paragraphs)


def news_index() -> NewsIndexPage:
    """The news index under the site's home page, both made on first use."""
    index = NewsIndexPage.objects.first()
    if index:
        return index
    site = Site.objects.get(is_default_site=True)
    welcome = site.root_page
    root = welcome.get_parent()
    home = root.add_child(instance=HomePage(title="Home", slug="home-page", live=True))
    site.root_page = home
    site.save()
    welcome.delete()
    home.slug = "home"
    home.save()
    return home.add_child(
        instance=NewsIndexPage(title="News", slug="news", show_in_menus=True, live=True)
    )


class Command(BaseCommand):
    help = "Create N article pages under the news index (and the index if absent)."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=1000, help="How many articles.")
        parser.add_argument("--seed", type=int, default=1, help="Same seed, same content.")

    def handle(self, *args, articles, seed, **options):
        if articles < 1:
            raise CommandError("--articles must be at least 1.")
        if ArticlePage.objects.exists():
            raise CommandError("The site already has articles: start from a new database.")
        started = time.monotonic()
        rng = random.Random(seed)
        now = timezone.now().replace(second=0, microsecond=0)
        with transaction.atomic():
            index = news_index()
            tags = [Tag.objects.get_or_create(name=name, slug=slugify(name))[0] for name in TOPICS]
            slugs: set[str] = set()
            for n in range(articles):
                title, intro, body = article_text(rng)
                slug = slugify(title)[:70]
                while slug in slugs:
                    slug = f"{slugify(title)[:64]}-{rng.randint(1, 99999)}"
                slugs.add(slug)
                published = now - dt.timedelta(minutes=rng.randint(10, HISTORY_DAYS * 24 * 60))
                live = rng.random() >= UNPUBLISHED_SHARE
                article = ArticlePage(
                    title=title,
                    slug=slug,
                    date=timezone.localdate(published),
                    intro=intro,
                    body=body,
                    live=live,
                    has_unpublished_changes=not live,
                    first_published_at=published if live else None,
                    last_published_at=published if live else None,
                )
                article.tags.add(*rng.sample(tags, rng.randint(1, 4)))
                index.add_child(instance=article)
                if (n + 1) % 1000 == 0:
                    self.stdout.write(f"{n + 1} / {articles} articles")
        # Fresh statistics after a bulk load, as Newsroom's generator does.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        total = Page.objects.type(ArticlePage).count()
        self.stdout.write(
            self.style.SUCCESS(f"Created {total} articles in {time.monotonic() - started:.0f} s.")
        )

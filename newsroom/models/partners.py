from django.db import models
from django.db.models import Count, Exists, OuterRef
from django.db.models.functions import Substr, Upper
from django_countries.fields import Country, CountryField

from newsroom.images import RasterImageField
from newsroom.models.base import TimeStampedModel, logo_upload_to, slug_url, unique_slug
from newsroom.sanitize import sanitize_html


class PartnerKind(models.TextChoices):
    UNIVERSITY = "university", "University / research institute"
    GOVERNMENT = "government", "Government body"
    INTERGOVERNMENTAL = "intergovernmental", "Intergovernmental / UN"
    NGO = "ngo", "NGO / association"
    COMPANY = "company", "Company"
    MEDIA = "media", "Media"
    OTHER = "other", "Other"


class PartnerQuerySet(models.QuerySet):
    def public(self):
        """Partners a visitor may see: those with published coverage, and those
        entered by hand that no article mentions yet. A partner known only
        from drafts stays hidden until the draft is published."""
        from newsroom.models.articles import Article

        published = Article.objects.published().filter(partners=OuterRef("pk"))
        any_article = Article.objects.filter(partners=OuterRef("pk"))
        return self.filter(Exists(published) | ~Exists(any_article))

    def with_article_count(self):
        """Annotate ``article_count``: the number of published articles."""
        from newsroom.models.articles import Article

        return self.annotate(
            article_count=Count(
                "articles",
                filter=Article.published_q(prefix="articles__"),
                distinct=True,
            )
        )

    def article_counts(self) -> dict[int, int]:
        """Published articles per partner of these partners, by pk (those with
        none left out): one grouped query on the links, cheaper than
        ``with_article_count()``'s grouping of whole partner rows."""
        from newsroom.models.articles import Article, ArticlePartner

        return dict(
            ArticlePartner.objects.filter(Article.published_q(prefix="article__"))
            .filter(partner__in=self.order_by().values("pk"))
            .order_by()
            .values("partner")
            .annotate(n=Count("article", distinct=True))
            .values_list("partner", "n")
        )

    def most_covered(self):
        return (
            self.with_article_count().filter(article_count__gt=0).order_by("-article_count", "name")
        )

    def initials(self) -> list[str]:
        """The letters A–Z that partner names start with, for an A–Z index."""
        initials = (
            self.order_by()
            .annotate(initial=Upper(Substr("name", 1, 1)))
            .values_list("initial", flat=True)
            .distinct()
        )
        return sorted(i for i in initials if i and "A" <= i <= "Z")

    def countries(self) -> list:
        """The countries of these partners, sorted by name (django-countries objects)."""
        codes = self.order_by().exclude(country="").values_list("country", flat=True).distinct()
        return sorted((Country(code) for code in codes), key=lambda c: c.name)


class Partner(TimeStampedModel):
    name = models.CharField(max_length=255, help_text="The organisation's full official name.")
    slug = models.SlugField(max_length=200, unique=True, help_text="Used in the partner's URL.")
    acronym = models.CharField(
        max_length=40, blank=True, help_text="Short form used in texts, e.g. UNDP.", db_index=True
    )
    aliases = models.TextField(
        blank=True,
        help_text=(
            "Other spellings of the name, one per line (word orders, translations, common "
            "typos). The importer matches mentions against these."
        ),
    )
    kind = models.CharField(max_length=20, choices=PartnerKind.choices, default=PartnerKind.OTHER)
    country = CountryField(blank=True)
    city = models.CharField(max_length=120, blank=True)
    website = models.URLField(blank=True)
    logo = RasterImageField(
        upload_to=logo_upload_to,
        blank=True,
        width_field="logo_width",
        height_field="logo_height",
        help_text="A raster image (PNG, JPEG or WebP), ideally square.",
    )
    logo_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    logo_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    description = models.TextField(
        blank=True, help_text="A short profile shown on the partner's page (basic HTML allowed)."
    )

    objects = PartnerQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["kind", "country"])]

    def __str__(self):
        return f"{self.name} ({self.acronym})" if self.acronym else self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, self.name)
        self.description = sanitize_html(self.description)
        self.aliases = "\n".join(self.alias_list)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return slug_url("newsroom:partner-detail", self.slug)

    @property
    def alias_list(self) -> list[str]:
        seen, result = set(), []
        for line in self.aliases.splitlines():
            alias = " ".join(line.split())
            if alias and alias.casefold() not in seen and alias != self.name:
                seen.add(alias.casefold())
                result.append(alias)
        return result

    def add_alias(self, alias: str) -> bool:
        """Remember another spelling; returns whether it was new."""
        alias = " ".join(alias.split())
        known = {n.casefold() for n in [self.name, self.acronym, *self.alias_list] if n}
        if not alias or alias.casefold() in known:
            return False
        self.aliases = "\n".join([*self.alias_list, alias])
        return True

    @property
    def names(self) -> list[str]:
        """Every name the partner is known by: name, acronym and aliases."""
        return [n for n in [self.name, self.acronym, *self.alias_list] if n]

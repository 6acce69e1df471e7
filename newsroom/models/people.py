from django.db import models
from django.db.models import Exists, OuterRef

from newsroom.models.base import TimeStampedModel, slug_url, unique_slug


class PersonQuerySet(models.QuerySet):
    def public(self):
        """People a visitor may see: mentioned in a published article, or entered
        by hand and not (yet) mentioned anywhere."""
        from newsroom.models.articles import Article

        published = Article.objects.published().filter(people=OuterRef("pk"))
        any_article = Article.objects.filter(people=OuterRef("pk"))
        return self.filter(Exists(published) | ~Exists(any_article))


class Person(TimeStampedModel):
    name = models.CharField(
        max_length=200, help_text="As the person writes it; both name orders are kept as written."
    )
    slug = models.SlugField(max_length=200, unique=True)
    position = models.CharField(max_length=255, blank=True, help_text="Job title or role.")
    affiliation = models.ForeignKey(
        "newsroom.Partner",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
        help_text="The organisation the person speaks for.",
    )

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return slug_url("newsroom:person-detail", self.slug)

    @property
    def role_line(self) -> str:
        """ "Director, Sichuan University" — position and affiliation as one line."""
        parts = [self.position]
        if self.affiliation_id:
            parts.append(self.affiliation.name)
        return ", ".join(p for p in parts if p)

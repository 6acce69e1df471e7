"""Write the renditions of pictures saved before they existed, or made with an
older plan (``newsroom.renditions.PLAN_VERSION``). Pictures whose set is
current are left alone, so running it again does nothing."""

from django.core.management.base import BaseCommand

from newsroom.models import Article, Partner


class Command(BaseCommand):
    help = "Make the missing or outdated renditions of hero images and partner logos."

    def handle(self, *args, **options):
        counts = [
            self.refresh(Article.objects.exclude(hero_image=""), "hero_renditions"),
            self.refresh(Partner.objects.exclude(logo=""), "logo_renditions"),
        ]
        articles, logos = counts
        self.stdout.write(
            f"Made renditions of {articles} article picture{'s' * (articles != 1)} "
            f"and {logos} partner logo{'s' * (logos != 1)}."
        )

    def refresh(self, queryset, field_name: str) -> int:
        field = queryset.model._meta.get_field(field_name)
        made = 0
        for instance in queryset.iterator(chunk_size=200):
            if not field.is_current(instance):
                # save() with only this column: its pre_save makes the set.
                instance.save(update_fields=[field_name])
                made += 1
        return made

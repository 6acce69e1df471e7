"""Old public addresses that moved or went away (``newsroom.redirects`` keeps them)."""

from django.db import models, transaction
from django.utils import timezone

PATH_MAX_LENGTH = 300


class RedirectQuerySet(models.QuerySet):
    def record_move(self, old_path: str, new_path: str) -> None:
        """What lived at ``old_path`` now lives at ``new_path``.

        Every redirect that led to ``old_path`` now leads to ``new_path`` too,
        so that a visitor is never sent through a chain; a redirect *from*
        ``new_path`` is dropped, since that address is live again.
        """
        if old_path == new_path:
            return
        with transaction.atomic():
            self.filter(old_path=new_path).delete()
            self.filter(new_path=old_path).update(new_path=new_path)
            self.update_or_create(
                old_path=old_path, defaults={"new_path": new_path, "created_at": timezone.now()}
            )

    def record_gone(self, path: str) -> None:
        """Nothing lives at ``path`` any more, nor where its redirects led."""
        with transaction.atomic():
            self.filter(new_path=path).update(new_path="")
            self.update_or_create(
                old_path=path, defaults={"new_path": "", "created_at": timezone.now()}
            )

    def gone(self):
        return self.filter(new_path="")

    def moved(self):
        return self.exclude(new_path="")


class Redirect(models.Model):
    """An old address: a 301 to ``new_path``, or a 410 Gone when that is empty.

    Only served when nothing else answers the old address (a 404), so a new
    page that takes an old address always wins over its redirect.
    """

    old_path = models.CharField(
        "old address",
        max_length=PATH_MAX_LENGTH,
        unique=True,
        help_text="The address that no longer has a page of its own, as in /news/old-slug/.",
    )
    new_path = models.CharField(
        "new address",
        max_length=PATH_MAX_LENGTH,
        blank=True,
        help_text="Where visitors of the old address are sent; empty: the page was deleted "
        "(410 Gone).",
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    objects = RedirectQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "old_path"]

    def __str__(self):
        return f"{self.old_path} → {self.new_path}" if self.new_path else f"{self.old_path} (gone)"

    def get_absolute_url(self):
        return self.old_path

    @property
    def is_gone(self) -> bool:
        return not self.new_path

"""Press texts uploaded in the admin, waiting to be previewed and imported.

Between the upload and the import the files wait here, not in the session
and not in a public folder: each with its owner, the name and size it came
with, and an expiry, after which it is deleted on the next visit to the
upload page. Only its owner previews or imports it, page by page, so that
no request parses more than a few files.
"""

import datetime as dt

from django.conf import settings
from django.db import models
from django.utils import timezone

LIFETIME = dt.timedelta(hours=2)


class PendingUploadQuerySet(models.QuerySet):
    def live(self, now: dt.datetime | None = None):
        return self.filter(expires_at__gt=now or timezone.now())

    def expired(self, now: dt.datetime | None = None):
        return self.filter(expires_at__lte=now or timezone.now())

    def of_batch(self, owner, batch):
        return self.live().filter(owner=owner, batch=batch)


class PendingUpload(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    batch = models.UUIDField(db_index=True, help_text="The files uploaded together.")
    position = models.PositiveSmallIntegerField(help_text="Order within the batch.")
    name = models.CharField(max_length=200, help_text="The file's name as uploaded.")
    size = models.PositiveBigIntegerField(help_text="The file's size as uploaded, in bytes.")
    data = models.BinaryField(help_text="The file, up to one byte past the import limit.")
    status = models.CharField(max_length=10, help_text="The status asked for new articles.")
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(db_index=True)

    objects = PendingUploadQuerySet.as_manager()

    class Meta:
        ordering = ["batch", "position"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if self.expires_at is None:
            self.expires_at = timezone.now() + LIFETIME
        super().save(*args, **kwargs)

    @property
    def label(self) -> str:
        """The name the importer stores in ``import_file``."""
        return f"upload:{self.name}"

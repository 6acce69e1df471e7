from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    name = "newsroom"
    verbose_name = "Newsroom"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from newsroom import (
            caching,
            checks,  # noqa: F401  (registers the deploy checks)
            redirects,
        )
        from newsroom.models import visibility

        visibility.connect_signals()
        caching.connect_signals()
        redirects.connect_signals()

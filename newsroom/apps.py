from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    name = "newsroom"
    verbose_name = "Newsroom"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate

        from newsroom import (
            caching,
            checks,  # noqa: F401  (registers the deploy checks)
            redirects,
        )
        from newsroom.database import refresh_sqlite_statistics
        from newsroom.models import articles, linked, visibility
        from newsroom.search import ensure_sqlite_index

        articles.connect_signals()
        linked.connect_signals()
        visibility.connect_signals()
        caching.connect_signals()
        redirects.connect_signals()
        post_migrate.connect(ensure_sqlite_index, sender=self, dispatch_uid="newsroom-search-index")
        post_migrate.connect(
            refresh_sqlite_statistics, sender=self, dispatch_uid="newsroom-sqlite-statistics"
        )

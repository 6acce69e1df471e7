from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    name = "newsroom"
    verbose_name = "Newsroom"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from newsroom import checks  # noqa: F401  (registers the deploy checks)
        from newsroom import redirects
        from newsroom.caching import connect_signals

        connect_signals()
        redirects.connect_signals()

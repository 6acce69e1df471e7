"""System checks that `manage.py check --deploy` adds for a production site."""

from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.security, deploy=True)
def development_secret_key(app_configs, **kwargs):
    if settings.SECRET_KEY != settings.DEVELOPMENT_SECRET_KEY:
        return []
    return [
        Error(
            "SECRET_KEY is the development key committed in config/settings.py "
            "(DJANGO_SECRET_KEY is not set), and DJANGO_DEBUG is probably unset too.",
            hint="Set DJANGO_DEBUG=0 and DJANGO_SECRET_KEY to a long random string "
            "(README, 'Deploying to production').",
            id="newsroom.E001",
        )
    ]

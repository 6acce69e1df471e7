"""The application as production serves it for bench/lighthouse.py: Django, with
MEDIA_ROOT served beside it (the reverse proxy's job in production) with the
long cache lifetime a proxy gives files whose names never change."""

import os

from whitenoise import WhiteNoise

from config.wsgi import application as django_application

application = WhiteNoise(
    django_application,
    root=os.environ["MEDIA_ROOT"],
    prefix=os.environ.get("MEDIA_URL", "media/"),
    max_age=365 * 24 * 3600,
)

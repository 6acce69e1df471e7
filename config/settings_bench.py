"""Settings for `make bench`: the production settings plus a bare view.

The bare view (``/bench/bare/``, a short HttpResponse) is the ceiling every
page is compared with; it is mounted only here, through its own URLconf.
"""

from config.settings import *  # noqa: F403

ROOT_URLCONF = "config.urls_bench"

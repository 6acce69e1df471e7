"""The page for an uncaught error: a 503 while the database is unreachable.

Django calls ``handler500`` while the exception is being handled, from any
layer (a view, or a middleware that reads the session or the cache state), so
this is the one place that sees every database outage. The site recovers by
itself: a connection that failed is closed at the end of the request and the
next request connects again.
"""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, HttpResponseServerError
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token

RETRY_AFTER_SECONDS = 30
UNAVAILABLE = "Our database cannot be reached just now, so no page can be shown."
BROKEN = "Something went wrong on our side"


def _page(template: str, fallback: str) -> str:
    """The error template, rendered without a request (no context processor
    may touch the database); plain markup if even that fails."""
    try:
        return loader.render_to_string(template)
    except Exception:  # an error page must never fail in turn
        return (
            f"<!doctype html><title>Newsroom</title><p>{fallback} Please try again in a minute.</p>"
        )


@requires_csrf_token
def server_error(request: HttpRequest) -> HttpResponse:
    error = sys.exc_info()[1]
    if isinstance(error, OperationalError | InterfaceError):
        response = HttpResponse(_page("503.html", UNAVAILABLE), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
        return response
    return HttpResponseServerError(_page("500.html", BROKEN + "."))

"""The visitor's address behind reverse proxies, for login throttling.

Each trusted proxy appends the address it received the request from to
``X-Forwarded-For``, so with N proxies in front the client is the N-th entry
from the right; everything to its left was sent by the client and proves
nothing. With no proxies configured, or a header shorter than N, the socket's
address is the only one to trust.
"""

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def client_address(request: HttpRequest) -> str | None:
    remote = request.META.get("REMOTE_ADDR")
    proxies = settings.NEWSROOM_PROXY_COUNT
    forwarded = [x.strip() for x in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [x for x in forwarded if x]
    if proxies <= 0 or len(forwarded) < proxies:
        return remote
    candidate = forwarded[-proxies]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote

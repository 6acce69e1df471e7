"""Public page paths from a pattern reversed once.

``django.urls.reverse`` walks the resolver on every call (about 0.1 ms); a list
page links to each of its 20 articles and their 50-odd tags, which made URL
reversing a third of a cold news page. ``path_for`` reverses each URL name once
with a marker in place of every argument and then fills the markers in. A slug
or integer as the URL's converters take it is made of characters that
``reverse`` leaves unquoted, so each value is put in as it is. A value the
URL's converter would refuse goes through ``reverse`` itself, so that it still
raises ``NoReverseMatch``.

The script prefix and the URL configuration are read on every call (a request,
a test or a thread may change them); they are most of what a call costs.
"""

from __future__ import annotations

import re

from django.conf import settings
from django.core.signals import setting_changed
from django.urls import get_script_prefix, get_urlconf, reverse

MARK = "pathmark"
# The characters of Django's slug and int converters; quote() keeps them all.
SLUG = re.compile(r"[-a-zA-Z0-9_]+").fullmatch
INTEGER = re.compile(r"[0-9]+").fullmatch

_patterns: dict[tuple, tuple[str, ...]] = {}


def _pattern(name: str, keys: tuple[str, ...]) -> tuple[str, ...]:
    """The path of ``name`` cut at its arguments: the text around each argument."""
    key = (name, keys, get_script_prefix(), get_urlconf(), settings.ROOT_URLCONF)
    found = _patterns.get(key)
    if found is None:
        marks = {k: f"{MARK}{i}" for i, k in enumerate(keys)}
        if any(k in ("pk", "id") for k in keys):
            marks.update({k: str(10**9 + i) for i, k in enumerate(keys) if k in ("pk", "id")})
        path = reverse(name, kwargs=marks or None)
        pieces = re.split("|".join(re.escape(mark) for mark in marks.values()) or r"\Z.", path)
        if len(pieces) != len(keys) + 1:  # a marker repeated or rewritten: no shortcut
            return ()
        found = _patterns[key] = tuple(pieces)
    return found


def path_for(name: str, **kwargs) -> str:
    """``reverse(name, kwargs=kwargs)`` for slug and integer arguments, without
    walking the resolver after the first call."""
    values = []
    for key, value in kwargs.items():
        text = str(value)
        if not (INTEGER if key in ("pk", "id") else SLUG)(text):
            return reverse(name, kwargs=kwargs)
        values.append(text)
    pieces = _pattern(name, tuple(kwargs))
    if not pieces:
        return reverse(name, kwargs=kwargs or None)
    if len(pieces) == 1:  # no argument: a list page
        return pieces[0]
    if len(pieces) == 2:  # one argument, as nearly every other public path has
        return f"{pieces[0]}{values[0]}{pieces[1]}"
    parts = [pieces[0]]
    for value, piece in zip(values, pieces[1:], strict=True):
        parts.append(value)
        parts.append(piece)
    return "".join(parts)


def paths_for(name: str, key: str, values) -> list[str]:
    """``path_for(name, **{key: value})`` for each of ``values`` (the tags of an
    article, say), the script prefix and URL configuration read once."""
    pieces = _pattern(name, (key,))
    rule = INTEGER if key in ("pk", "id") else SLUG
    if len(pieces) != 2:
        return [path_for(name, **{key: value}) for value in values]
    head, tail = pieces
    return [
        f"{head}{text}{tail}" if rule(text := str(value)) else path_for(name, **{key: value})
        for value in values
    ]


def _forget(*, setting, **kwargs) -> None:
    if setting == "ROOT_URLCONF":
        _patterns.clear()


setting_changed.connect(_forget)

"""Fragments kept until content changes (newsroom.caching), for markup that is
costly to render and the same for every visitor. Staff previews never read
or store them.

``{% cache_for_content "name" var… %}…{% endcache_for_content %}``: a fragment
varying on the values given, such as filter forms with hundreds of choices.

``{% cards "newsroom/includes/article_card.html" articles "article" heading="h3" %}``:
each item rendered with the template, as ``{% include … with article=item
heading="h3" only %}`` would, and kept per item and options; a page's cards are
read in one cache call. Given ``KeyedRows`` (newsroom.caching), only the rows
of cards not memoised yet are read from the database."""

import hashlib

from django import template
from django.utils.safestring import mark_safe

from newsroom.caching import UNCACHED_PREFIXES, KeyedRows, memoised, memoised_many
from newsroom.models import Article

register = template.Library()


def may_cache(context) -> bool:
    """False for staff previews: they are never served from or stored in a cache."""
    if context.get("preview"):
        return False
    request = context.get("request")
    return request is None or not request.path.startswith(UNCACHED_PREFIXES)


class ContentCacheNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context):
        if not may_cache(context):
            return self.nodelist.render(context)
        values = [str(value.resolve(context)) for value in self.vary_on]
        digest = hashlib.sha256("\x1f".join(values).encode()).hexdigest()[:32]
        key = f"fragment:{self.name.resolve(context)}:{digest}"
        return memoised(key, lambda: self.nodelist.render(context))


@register.tag("cache_for_content")
def cache_for_content(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"'{bits[0]}' needs a fragment name.")
    nodelist = parser.parse(("endcache_for_content",))
    parser.delete_first_token()
    return ContentCacheNode(
        nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(b) for b in bits[2:]]
    )


@register.simple_tag(takes_context=True)
def cards(context, template_name: str, items, item_name: str, **options):
    card = context.template.engine.get_template(template_name)

    def render(item):
        return card.render(context.new({item_name: item, **options}))

    def prefetch(items):
        # Tags are read only by the cards that must be rendered: prefetch for those.
        articles = [item for item in items if isinstance(item, Article)]
        if articles:
            Article.prefetch_tags(articles)

    if not may_cache(context):
        items = list(items)
        prefetch(items)
        return mark_safe("".join(render(item) for item in items))
    variant = hashlib.sha256(repr(sorted(options.items())).encode()).hexdigest()[:16]
    name = f"card:{template_name}:{variant}"
    if isinstance(items, KeyedRows):
        # Rows are read only for the cards not memoised yet.
        loaded = {}

        def load(keys):
            rows = items.fetch(keys)
            prefetch(rows)
            loaded.update((row.pk, row) for row in rows)

        named = [(f"{name}:{key}", key) for key in items.keys]
        made = memoised_many(
            named, lambda key: render(loaded[key]) if key in loaded else "", prepare=load
        )
    else:
        named = [(f"{name}:{item.pk}", item) for item in items]
        made = memoised_many(named, render, prepare=prefetch)
    return mark_safe("".join(made))

"""``{% cache_for_content "name" var… %}…{% endcache_for_content %}``: a fragment
kept until content changes (newsroom.caching.memoised), varying on the values
given. For fragments that are costly to render and the same for every visitor,
such as filter forms with hundreds of choices."""

import hashlib

from django import template

from newsroom.caching import memoised

register = template.Library()


class ContentCacheNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context):
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

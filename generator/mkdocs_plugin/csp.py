"""The Content-Security-Policy of every page: defence in depth behind the escaping of article text.

Escaping keeps article text out of markup; the policy makes a slip harmless. Pages may run only
script files of the site itself and the theme's own inline scripts, allowed one by one by the
SHA-256 of their exact text. Inline event handlers (`onerror=`), `javascript:` URLs, injected
`<script>` elements, plugins (`<object>`) and a `<base>` pointing elsewhere are all refused.

The theme override (site-templates/overrides/main.html) renders Material's inline-script partials
once more in the page's own context and passes the result to `content_security_policy`, so the
hashes are those of the scripts the page really carries: deterministic, and correct after a theme
upgrade without anyone copying hashes by hand.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import re

from mkdocs.config.defaults import MkDocsConfig

# An inline script as Material's partials write it: `<script>` without attributes (a `src` or a
# JSON `type` is not inline code).
_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)

# Everything but `script-src`, which carries the hashes. Styles may be inline: Material and the
# charts set style attributes, and a style cannot run code. Images may be data: URLs (the theme's
# icons in CSS).
_FIXED_DIRECTIVES = (
    "default-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
)


def inline_script_hashes(rendered_html: str) -> list[str]:
    """CSP hash sources (`'sha256-…'`) of the inline scripts in `rendered_html`, sorted, no repeats."""
    hashes = set()
    for match in _INLINE_SCRIPT.finditer(rendered_html):
        digest = hashlib.sha256(match.group(1).encode("utf-8")).digest()
        hashes.add(f"'sha256-{base64.b64encode(digest).decode('ascii')}'")
    return sorted(hashes)


def content_security_policy(theme_scripts_html: str) -> str:
    """The policy for a page whose only allowed inline scripts are those in `theme_scripts_html`."""
    script_src = " ".join(["script-src 'self'", *inline_script_hashes(theme_scripts_html)])
    return "; ".join([_FIXED_DIRECTIVES[0], script_src, *_FIXED_DIRECTIVES[1:]])


# Material features that copy text the site escaped (a title attribute, a truncated heading) into
# innerHTML, where it becomes markup again. The browser's own title tooltip shows the same text safely.
UNSAFE_THEME_FEATURES = ("content.tooltips",)


def drop_unsafe_theme_features(config: MkDocsConfig, log: logging.Logger) -> None:
    """Turn off the theme features in UNSAFE_THEME_FEATURES, with a warning naming each."""
    features = config.theme.get("features") or []
    for feature in UNSAFE_THEME_FEATURES:
        if feature in features:
            features.remove(feature)
            log.warning(
                f"explainer: mkdocs.yml turns on the theme feature '{feature}', which would show article "
                f"text as markup in tooltips; it is turned off (remove it from theme.features)"
            )

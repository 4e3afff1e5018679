"""MkDocs hook: the site's own stylesheets written out compacted, Material's pruned to what the site shows, and what
Material's script did at page load done at build time (it loads at the first interaction); calls
campaign.publish.assets, theme_css and theme_script, nothing more."""

import sys
from pathlib import Path

# MkDocs loads a hook by its path, with only its own folder importable: the project's root comes first.
_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from mkdocs.plugins import event_priority

from campaign.publish.assets import compact_css
from campaign.publish.theme_css import slim_site
from campaign.publish.theme_script import focusable_code


def on_page_content(html, page, config, files):
    return focusable_code(html)


@event_priority(-50)  # after the other hooks and plugins have written their pages and scripts
def on_post_build(config):
    for name in config.extra_css:
        path = Path(config.site_dir) / str(name)
        if path.suffix == ".css" and path.is_file():
            path.write_text(compact_css(path.read_text(encoding="utf-8")), encoding="utf-8")
    slim_site(Path(config.site_dir))

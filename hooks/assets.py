"""MkDocs hook: the site's own stylesheets written out compacted; calls campaign.assets, nothing more."""

import sys
from pathlib import Path

# MkDocs loads a hook by its path, with only its own folder importable: the project's root comes first.
_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from campaign.publish.assets import compact_css


def on_post_build(config):
    for name in config.extra_css:
        path = Path(config.site_dir) / str(name)
        if path.suffix == ".css" and path.is_file():
            path.write_text(compact_css(path.read_text(encoding="utf-8")), encoding="utf-8")

"""MkDocs adapter for the diacritic-insensitive search: calls campaign.search_index, nothing more."""

import json
import sys
from pathlib import Path

# MkDocs loads a hook by its path, with only its own folder importable: the project's root comes first.
_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from mkdocs.plugins import event_priority

from campaign.publish.search_index import folded_index, separate_blocks, stub_index


def on_page_content(html, page, config, files):
    """Keep the words of neighbouring table cells apart before Material indexes the page."""
    return separate_blocks(html)


@event_priority(-100)  # after Material's search plugin has written search_index.json
def on_post_build(config):
    """Write the folded index for the worker, and shrink the theme's index to a stub."""
    search_dir = Path(config.site_dir) / "search"
    material_path = search_dir / "search_index.json"
    if not material_path.exists():  # the search plugin is off: nothing to search
        return
    material = json.loads(material_path.read_text(encoding="utf-8"))
    _write_json(search_dir / "folded_index.json", folded_index(material["docs"]))
    _write_json(material_path, stub_index(material))


def _write_json(path, data):
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")

"""MkDocs hook: adds the pages and downloads made from data to the site's files, and folds heading anchors."""

import sys
from pathlib import Path

# MkDocs loads a hook by its path, with only its own folder importable: the project's root comes first.
_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from markdown.extensions.toc import slugify
from mkdocs.structure.files import File

from campaign.search_fold import fold
from campaign.site import generated_files, navigation
from hooks.adapter import campaign_data


def heading_slug(value: str, separator: str) -> str:
    """Anchors of headings: Markdown's own slug drops "đ" ("đơn vị" → "on-vi"); fold marks first."""
    return slugify(fold(value), separator)


def on_config(config):
    config.mdx_configs.setdefault("toc", {})["slugify"] = heading_slug
    # The navigation follows the data: the newest campaign year leads, earlier ones are an archive.
    config["nav"] = navigation(campaign_data(config), Path(config["docs_dir"]))
    return config


def on_files(files, config):
    text_pages = {f.src_uri for f in files.documentation_pages()}
    for generated in generated_files(campaign_data(config), text_pages):
        files.append(File.generated(config, generated.path, content=generated.content))
    return files

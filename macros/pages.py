"""MkDocs hook: adds the pages and downloads made from data to the site's files."""

import sys
from pathlib import Path

from markdown.extensions.toc import slugify
from mkdocs.exceptions import Abort
from mkdocs.structure.files import File

# MkDocs loads hooks by file path, before the macros plugin puts the project on sys.path.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from campaign.search_fold import fold  # noqa: E402
from campaign.site import DataError, dataset, generated_files  # noqa: E402


def heading_slug(value: str, separator: str) -> str:
    """Anchors of headings: Markdown's own slug drops "đ" ("đơn vị" → "on-vi"); fold marks first."""
    return slugify(fold(value), separator)


def on_config(config):
    config.mdx_configs.setdefault("toc", {})["slugify"] = heading_slug
    return config


def on_files(files, config):
    data_dir = Path(config["config_file_path"]).parent / config["extra"]["campaign_data"]
    try:
        data = dataset(data_dir)
    except DataError as error:
        raise Abort(str(error)) from None
    text_pages = {f.src_uri for f in files.documentation_pages()}
    for generated in generated_files(data, text_pages):
        files.append(File.generated(config, generated.path, content=generated.content))
    return files

"""MkDocs hook: adds the pages and downloads made from data (and their places in the navigation), folds heading anchors,
keeps the theme's compiled templates between builds."""

import sys
from pathlib import Path

# MkDocs loads a hook by its path, with only its own folder importable: the project's root comes first.
_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from markdown.extensions.toc import slugify
from mkdocs.structure.files import File

from campaign.core.fold import fold
from campaign.publish import launch
from campaign.publish.site import generated_files, navigation, not_found_links, site_parts
from campaign.publish.template_cache import keep_compiled
from hooks.adapter import build


def heading_slug(value: str, separator: str) -> str:
    """Anchors of headings: Markdown's own slug drops "đ" ("đơn vị" → "on-vi"); fold marks first."""
    return slugify(fold(value), separator)


def on_config(config):
    config.mdx_configs.setdefault("toc", {})["slugify"] = heading_slug
    state = build(config)
    # The header, the browser's tab and the search results name the newest year, as the home page leads with it.
    config["site_name"] = launch.site_name(state.data.years, config["site_name"])
    config["site_description"] = launch.site_description(state.data.years, config["copyright"],
                                                          config["site_description"])
    config["extra"]["site_parts"] = site_parts(config["site_name"])
    config["extra"]["not_found"] = not_found_links(state, Path(config["docs_dir"]))
    # The navigation follows the data: the newest campaign year leads, earlier ones are an archive; each
    # target and unit is listed under the page it belongs to.
    config["nav"] = navigation(state, Path(config["docs_dir"]))
    return config


def on_env(env, config, files):
    """The theme's templates compiled once, kept in git's own folder between builds (publish.template_cache)."""
    return keep_compiled(env, Path(config["config_file_path"]).parent)


def on_files(files, config):
    for generated in generated_files(build(config)):
        files.append(File.generated(config, generated.path, content=generated.content))
    return files

"""MkDocs adapter: registers the campaign's macros with mkdocs-macros-plugin; no logic lives here."""

from pathlib import Path

from mkdocs.exceptions import Abort

from campaign import render
from campaign.site import DataError, dataset


def define_env(env):
    """Called by mkdocs-macros-plugin once per build."""
    data_dir = Path(env.conf["config_file_path"]).parent / env.conf["extra"]["campaign_data"]
    try:
        data = dataset(data_dir)
    except DataError as error:
        raise Abort(str(error)) from None

    def here() -> str:
        return env.page.file.src_uri

    def page_macro(function):
        def macro(year: int, *args):
            return function(data.year(year), *args, here=here())
        macro.__name__ = function.__name__
        env.macro(macro)

    for function in (render.scoreboard_page, render.target_page, render.units_page, render.unit_page,
                     render.checklists_page, render.activities_page, render.timeline_page,
                     render.commendations_page, render.home_summary):
        page_macro(function)

"""The macros that render the progress tables, registered with mkdocs-macros-plugin; no logic lives here."""

from campaign import guide, render
from hooks.adapter import campaign_data


def define_env(env):
    """Called by mkdocs-macros-plugin once per build."""
    data = campaign_data(env.conf)

    def here() -> str:
        return env.page.file.src_uri

    def page_macro(function):
        def macro(year: int, *args):
            return function(data.year(year), *args, here=here())
        macro.__name__ = function.__name__
        env.macro(macro)

    for function in (render.scoreboard_page, render.target_page, render.units_page, render.unit_page,
                     render.checklists_page, render.activities_page, render.timeline_page,
                     render.commendations_page):
        page_macro(function)
    env.macro(lambda: render.home_summary(data.years, here=here()), "home_summary")
    env.macro(guide.problem_codes, "problem_codes")
    env.macro(lambda: guide.workbook_templates(data.years, here=here()), "workbook_templates")

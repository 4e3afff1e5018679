"""The macros that render the progress tables, registered with mkdocs-macros-plugin; no logic lives here."""

from campaign.history import log as history
from campaign.publish import guide, render
from campaign.publish.site import contexts
from hooks.adapter import campaign_data, data_dir


def define_env(env):
    """Called by mkdocs-macros-plugin once per build."""
    data = campaign_data(env.conf)
    # When each year's figures last changed, from the data's git history (read once per build, by the hook too).
    context = contexts(history.read(data_dir(env.conf), [y.year for y in data.years]), env.conf["docs_dir"])

    def here() -> str:
        return env.page.file.src_uri

    def page_macro(function, with_context: bool = True):
        def macro(year: int, *args):
            extra = {"context": context[year]} if with_context else {}
            return function(data.year(year), *args, **extra, here=here())
        macro.__name__ = function.__name__
        env.macro(macro)

    for function in (render.scoreboard_page, render.target_page, render.units_page, render.unit_page,
                     render.checklists_page, render.activities_page, render.commendations_page):
        page_macro(function)
    page_macro(render.timeline_page, with_context=False)
    env.macro(lambda: render.home_summary(data.years, here=here(), contexts=context), "home_summary")
    env.macro(guide.problem_codes, "problem_codes")
    env.macro(guide.limits_table, "limits_table")
    env.macro(lambda: guide.workbook_templates(data.years, here=here()), "workbook_templates")

"""The macros of the hand-written pages, registered with mkdocs-macros-plugin; no logic lives here."""

from campaign.publish import guide
from campaign.publish.site import home_summary
from hooks.adapter import build


def define_env(env):
    """Called by mkdocs-macros-plugin once per build."""
    state = build(env.conf)

    def here() -> str:
        return env.page.file.src_uri

    env.macro(lambda: home_summary(state, here()), "home_summary")
    env.macro(guide.problem_codes, "problem_codes")
    env.macro(lambda: guide.workbook_templates(state.data.years, here=here()), "workbook_templates")

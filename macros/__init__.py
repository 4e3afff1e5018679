"""The macros of the hand-written pages, registered with mkdocs-macros-plugin; no logic lives here."""

from campaign.publish import field_guide, guide, launch
from campaign.publish.site import home_summary
from hooks.adapter import build, data_dir


def define_env(env):
    """Called by mkdocs-macros-plugin once per build."""
    state = build(env.conf)

    def here() -> str:
        return env.page.file.src_uri

    env.macro(lambda: home_summary(state, here()), "home_summary")
    env.macro(guide.problem_codes, "problem_codes")
    env.macro(lambda: launch.lead(state.data.years, env.conf["copyright"]), "home_lead")
    env.macro(lambda: launch.document_links(state.data.years, env.conf["docs_dir"], here()), "home_document")
    env.macro(lambda: guide.workbook_templates(state.data.years, here=here()), "workbook_templates")
    env.macro(lambda: guide.data_files(state.data.years, data_dir(env.conf)), "data_files")
    env.macro(lambda: guide.period_templates(state.data.years), "period_templates")
    env.macro(lambda: field_guide.field_reference(data_dir(env.conf), [y.year for y in state.data.years]),
              "field_reference")
    # The year the guide's examples speak of: the newest, the one the Office is working on.
    env.variables["nam"] = guide.leading(state.data.years).year

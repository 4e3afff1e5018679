"""The macros of the hand-written pages, registered with mkdocs-macros-plugin; no logic lives here."""

from campaign.publish.site import macros
from hooks.adapter import build


def define_env(env):
    """Called by mkdocs-macros-plugin once per build."""
    state = build(env.conf)

    def register(name: str) -> None:
        env.macro(lambda *args: macros(state, env.page.file.src_uri)[name](*args), name)

    for name in macros(state, ""):
        register(name)

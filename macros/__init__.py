"""MkDocs adapter: registers the campaign's macros with mkdocs-macros-plugin; no logic lives here."""


def define_env(env):
    """Called by mkdocs-macros-plugin once per build."""

"""What the MkDocs hooks and the macros module share: the build's one state (data, review, history), made once per
build and kept on the build's own config, and the data's errors as MkDocs' Abort."""

from pathlib import Path

from mkdocs.exceptions import Abort

from campaign.core.problems import FIX_AND_BUILD_AGAIN, internal_error
from campaign.publish.site import Build, DataError, make_build

# Where the state is kept: on the config of the build in progress, which `mkdocs serve` makes anew at each change;
# as an attribute, not in `extra`, whose every entry mkdocs-macros copies into its variables and writes out as JSON
# for its debug trace on each build, logged or not (with 100 times the units that took minutes).
_ATTRIBUTE = "_campaign_build"


def data_dir(config) -> Path:
    """The data folder named by `extra.campaign_data` (the CAMPAIGN_DATA variable), relative to mkdocs.yml."""
    return Path(config["config_file_path"]).parent / config["extra"]["campaign_data"]


def build(config) -> Build:
    """This build's state; a data error stops the build with the checker's Vietnamese report, before any page."""
    made = getattr(config, _ATTRIBUTE, None)
    if made is not None:
        return made
    try:
        made = make_build(data_dir(config).resolve(), Path(config["docs_dir"]).resolve())
    except DataError as error:
        raise Abort(f"{error}\n{FIX_AND_BUILD_AGAIN}") from None
    except Exception as error:  # a bug of the checker, never the Office's mistake: a sentence, not a traceback
        raise Abort(internal_error(error)) from None
    setattr(config, _ATTRIBUTE, made)
    return made

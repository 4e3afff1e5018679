"""What the MkDocs hooks and the macros module share: the build's one state (data, review, history), made once per
change of the data, and the data's errors as MkDocs' Abort."""

from pathlib import Path

from mkdocs.exceptions import Abort

from campaign.core.problems import FIX_AND_BUILD_AGAIN, internal_error
from campaign.history.log import head
from campaign.publish.site import Build, DataError, make_build

# The build of each data folder, with the state of its files and of the repository it was made from: `mkdocs
# serve` rebuilds on every change, and the hooks and the macros of one build must see the same state.
_BUILDS: dict[tuple[Path, Path], tuple[tuple, Build]] = {}


def data_dir(config) -> Path:
    """The data folder named by `extra.campaign_data` (the CAMPAIGN_DATA variable), relative to mkdocs.yml."""
    return Path(config["config_file_path"]).parent / config["extra"]["campaign_data"]


def _state(folder: Path) -> tuple:
    files = tuple(sorted((str(p), p.lstat().st_mtime_ns, p.lstat().st_size) for p in folder.rglob("*")))
    return files, head(folder)


def build(config) -> Build:
    """This build's state; a data error stops the build with the checker's Vietnamese report, before any page."""
    folder, docs = data_dir(config).resolve(), Path(config["docs_dir"]).resolve()
    state = _state(folder) if folder.is_dir() else ()
    kept = _BUILDS.get((folder, docs))
    if kept is not None and kept[0] == state:
        return kept[1]
    try:
        made = make_build(folder, docs)
    except DataError as error:
        raise Abort(f"{error}\n{FIX_AND_BUILD_AGAIN}") from None
    except Exception as error:  # a bug of the checker, never the Office's mistake: a sentence, not a traceback
        raise Abort(internal_error(error)) from None
    _BUILDS.clear()  # only the latest state is kept
    _BUILDS[(folder, docs)] = (state, made)
    return made

"""What the MkDocs hooks and the macros module share: where the campaign's data is, and its errors as Abort."""

from pathlib import Path

from mkdocs.exceptions import Abort

from campaign.core.model import Dataset
from campaign.core.problems import FIX_AND_BUILD_AGAIN, internal_error
from campaign.publish.site import DataError, dataset


def data_dir(config) -> Path:
    """The data folder named by `extra.campaign_data` (the CAMPAIGN_DATA variable), relative to mkdocs.yml."""
    return Path(config["config_file_path"]).parent / config["extra"]["campaign_data"]


def campaign_data(config) -> Dataset:
    """The checked data; a data error stops the build with the checker's Vietnamese report, before any page."""
    try:
        return dataset(data_dir(config))
    except DataError as error:
        raise Abort(f"{error}\n{FIX_AND_BUILD_AGAIN}") from None
    except Exception as error:  # a bug of the checker, never the Office's mistake: a sentence, not a traceback
        raise Abort(internal_error(error)) from None

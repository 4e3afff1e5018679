"""The workbooks the site offers: the Council's scoreboard and the Office's input template."""

from .council import scoreboard_workbook
from .pack import pack_workbook
from .template import template_rows, template_workbook

__all__ = ["pack_workbook", "scoreboard_workbook", "template_rows", "template_workbook"]

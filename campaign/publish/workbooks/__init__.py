"""The workbooks the site offers: the Council's scoreboard and the Office's input template."""

from .council import scoreboard_workbook
from .template import template_rows, template_workbook

__all__ = ["scoreboard_workbook", "template_rows", "template_workbook"]

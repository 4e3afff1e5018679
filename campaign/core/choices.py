"""The closed choices the Office writes in the data (a code) and readers see (a label)."""

from __future__ import annotations

from enum import Enum


class Coded(Enum):
    """A closed choice: the code the Office writes in the data, and the label readers see."""

    def __init__(self, code: str, label: str):
        self.code = code
        self.label = label

    @classmethod
    def from_code(cls, code: str):
        return next(member for member in cls if member.code == code)


class Rating(Coded):
    """Yearly rating of a person or an organisation, worst to best."""

    NOT_DONE = ("khong-hoan-thanh", "Không hoàn thành nhiệm vụ")
    DONE = ("hoan-thanh", "Hoàn thành nhiệm vụ")
    GOOD = ("hoan-thanh-tot", "Hoàn thành tốt nhiệm vụ")
    EXCELLENT = ("hoan-thanh-xuat-sac", "Hoàn thành xuất sắc nhiệm vụ")

    @property
    def rank(self) -> int:
        return list(Rating).index(self)


class CollectiveTitle(Coded):
    NONE = ("khong-dat", "Không đạt")
    ADVANCED = ("lao-dong-tien-tien", "Tập thể lao động tiên tiến")
    EXCELLENT = ("lao-dong-xuat-sac", "Tập thể lao động xuất sắc")


class ItemStatus(Coded):
    NOT_STARTED = ("chua-thuc-hien", "Chưa thực hiện")
    IN_PROGRESS = ("dang-thuc-hien", "Đang thực hiện")
    DONE = ("hoan-thanh", "Hoàn thành")


class ReportState(Coded):
    """What the Office says of a unit listed without figures in a period (tinh_trang; blank: figures to come)."""

    NOT_REPORTED = ("khong-bao-cao", "Không báo cáo kỳ này")

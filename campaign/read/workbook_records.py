"""A workbook sheet's rows made into the records of a results file: the part of the reader that knows the shapes.

The sheet reader (workbook_in) reads each cell; these methods put the values of a sheet's rows where a YAML file
would hold them, with the place of each part, and say what a row lacks.
"""

from __future__ import annotations

from typing import Any

from ..core.catalogue import WORKBOOK_CELL_REQUIRED, YAML_DUPLICATE_KEY
from ..core.figures import ENTRIES
from .strict_yaml import Pos
from .workbook_layout import Column, Shape

# A cell whose value was wrong (its problem is reported): not blank, so no "must be filled" follows, and not data.
WRONG = object()


class Records:
    """Mixed into the sheet reader, which gives `spec`, `doc`, `problem` and `percent_at`."""

    def section(self, rows: list[tuple[int, dict[Column, Any]]], columns: dict[Column, int]) -> Any:
        spec, doc = self.spec, self.doc
        base = (spec.section,)
        if spec.shape is Shape.UNITS:
            return self.units(rows, columns)
        if spec.shape is Shape.KEYED:
            return self.keyed(rows, columns)
        if spec.shape is Shape.GROUPED:
            groups: dict[str, list] = {}
            for number, values in rows:
                group = values.get(spec.columns[0])
                if group is None or group is WRONG:
                    if group is None:
                        self.required(number, columns, spec.columns[0])
                    continue
                items = groups.setdefault(group, [])
                path = base + (group,)
                if path not in doc.key_positions:
                    doc.positions[path] = doc.key_positions[path] = Pos(number, columns[spec.columns[0]])
                items.append(self.record(path + (len(items),), number, values, columns))
            return groups
        return [self.record(base + (i,), number, values, columns) for i, (number, values) in enumerate(rows)]

    def record(self, path: tuple, number: int, values: dict[Column, Any], columns: dict[Column, int]) -> dict:
        """One row as a record: blank cells left out, nested groups made when any of their cells is filled."""
        record: dict[str, Any] = {}
        self.doc.positions[path] = self.doc.key_positions[path] = Pos(number, min(columns.values()))
        for column in self.spec.read_columns:
            if column.key[0].startswith("@") or column not in columns:
                continue
            value = values.get(column)
            if value is None or value is WRONG:
                if value is None and column.required:
                    self.required(number, columns, column)
                continue
            self.put(record, path, column.key, value, number, columns[column])
        for name, group in record.items():
            if isinstance(group, dict):
                for column in self.spec.read_columns:
                    if column.key[:1] == (name,) and column.key[1] in ("so", "ngay") and column in columns \
                            and values.get(column) is None:
                        self.required(number, columns, column)
        return record

    def put(self, record: dict, path: tuple, key: tuple[str, ...], value: Any, row: int, column: int) -> None:
        target = record
        for depth, step in enumerate(key[:-1]):
            if step not in target:
                target[step] = {}
                here = path + key[:depth + 1]
                self.doc.positions[here] = self.doc.key_positions[here] = Pos(row, column)
            target = target[step]
        target[key[-1]] = value
        here = path + key
        self.doc.positions[here] = self.doc.key_positions[here] = Pos(row, column)
        if (row, column) in self.percent_at:
            self.doc.percent_cells.add(here)
        if isinstance(value, list):
            for index in range(len(value)):
                self.doc.positions[here + (index,)] = Pos(row, column)

    def required(self, row: int, columns: dict[Column, int], column: Column) -> None:
        self.problem((row, columns.get(column, 1)), WORKBOOK_CELL_REQUIRED, name=column.header)

    def keyed(self, rows, columns) -> dict:
        spec, doc = self.spec, self.doc
        out: dict[str, Any] = {}
        first: dict[str, int] = {}
        for number, values in rows:
            key = values.get(spec.columns[0])
            if key is None or key is WRONG:
                if key is None:
                    self.required(number, columns, spec.columns[0])
                continue
            if key in out:
                self.problem((number, columns[spec.columns[0]]), YAML_DUPLICATE_KEY, name=key, first_line=first[key])
                continue
            first[key] = number
            path = (spec.section, key)
            doc.positions[path] = doc.key_positions[path] = Pos(number, columns[spec.columns[0]])
            record = self.record(path, number, values, columns)
            for column in spec.read_columns:  # the row's outcome (dat, xep_loai) is there, blank: to fill
                if len(column.key) == 1 and not column.key[0].startswith("@"):
                    record.setdefault(column.key[0], None)
            doc.positions[path] = doc.key_positions[path] = Pos(number, columns[spec.columns[0]])
            out[key] = record
        return out

    def units(self, rows, columns) -> list[dict]:
        """One record per unit. A blank cell is a figure still to fill (null, as in the YAML template); a column
        blank for every unit is a figure this period does not report (left out, as a YAML file leaves it out).
        The autonomy is reported by public service units only, which the workbook cannot tell: blank is out."""
        spec, doc = self.spec, self.doc
        records = [self.record((spec.section, i), number, values, columns) for i, (number, values) in enumerate(rows)]
        figures = [c for c in spec.read_columns
                   if c.key[0] in ENTRIES and c.key[0] != "ty_le_tu_chu" and c in columns]
        groups: dict[str, list[Column]] = {}
        for column in figures:
            groups.setdefault(column.key[0], []).append(column)
        for name, group in groups.items():
            if all(values.get(c) is None for _, values in rows for c in group):
                continue  # not reported this period
            for i, ((number, _), record) in enumerate(zip(rows, records)):
                path = (spec.section, i)
                if len(group[0].key) == 1:
                    if name not in record:
                        record[name] = None
                        here = path + (name,)
                        doc.positions[here] = doc.key_positions[here] = Pos(number, columns[group[0]])
                    continue
                nested = record.setdefault(name, {})
                if (path + (name,)) not in doc.positions:
                    doc.positions[path + (name,)] = doc.key_positions[path + (name,)] = Pos(number, columns[group[0]])
                for column in group:
                    if column.key[1] not in nested:
                        nested[column.key[1]] = None
                        here = path + column.key
                        doc.positions[here] = doc.key_positions[here] = Pos(number, columns[column])
        for i, ((number, _), record) in enumerate(zip(rows, records)):
            if "tong_so" not in record:  # the staff count is always a figure of the period: blank, never absent
                record["tong_so"] = None
                doc.positions[(spec.section, i, "tong_so")] = Pos(number, columns.get(spec.column("tong_so"), 1))
        return records

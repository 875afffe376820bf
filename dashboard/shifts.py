"""Stance shifts: every actor whose stance on an issue changed inside the frame.

A shift is two consecutive stance-bearing events of one actor on one issue, read in date
order as the position table reads them (:func:`dashboard.positions.stance_rows`: undated
rows last), whose stances differ: the last event of the old stance and the first of the
new one. So an actor that went concern → oppose → concern has two shifts, and the table's
``concern → oppose → concern`` cell and this list always agree.

Each shift carries both events' dates, ids, evidence (the sentence the event rests on:
the extracted ``evidence`` span, else the ``quote``, else the ``summary``) and sources
as stored (several joined by `` | ``). Pure pandas: the dashboard and the brief share it.
"""

from __future__ import annotations

import pandas as pd

from dashboard.positions import ARROW, actor_order, stance_rows
from dashboard.schema import SOURCE_SEPARATOR, split_sources, vocabulary_label

SIDES = ("before", "after")
SIDE_FIELDS = ("stance", "date", "event_id", "evidence", "source_publisher", "source_url")
SHIFT_COLUMNS = ("actor", "actor_group", "issue", *(f"{side}_{field}" for side in SIDES
                                                    for field in SIDE_FIELDS))
EVIDENCE_ORDER = ("evidence", "quote", "summary")


def evidence_text(events: pd.DataFrame) -> pd.Series:
    """The sentence each event rests on: ``evidence``, else ``quote``, else ``summary``."""
    text = pd.Series("", index=events.index, dtype=object)
    for column in reversed(EVIDENCE_ORDER):
        if column in events.columns:
            values = events[column].fillna("").astype(str).str.strip()
            text = values.where(values != "", text)
    return text


def _side(rows: pd.DataFrame, side: str) -> pd.DataFrame:
    """The columns of one side of the shifts, named ``<side>_<field>``."""
    part = rows.assign(evidence=evidence_text(rows))
    part = part.reindex(columns=list(SIDE_FIELDS))
    part.columns = [f"{side}_{field}" for field in SIDE_FIELDS]
    return part.reset_index(drop=True)


def stance_shifts(events: pd.DataFrame) -> pd.DataFrame:
    """One row per change of stance, in the order of the new stance's date.

    Columns: ``actor``, ``actor_group``, ``issue``, then for ``before`` and ``after``:
    ``stance``, ``date``, ``event_id``, ``evidence``, ``source_publisher``,
    ``source_url``. Empty (with these columns) when nobody changed.
    """
    rows = stance_rows(events)
    if rows.empty:
        return pd.DataFrame(columns=list(SHIFT_COLUMNS))
    rows = rows.assign(_rank=range(len(rows)))
    rows = rows.sort_values(["actor", "issue", "_rank"], kind="stable")
    previous = rows.groupby(["actor", "issue"], sort=False).shift(1)
    changed = previous["stance"].notna() & (previous["stance"] != rows["stance"])
    if not changed.any():
        return pd.DataFrame(columns=list(SHIFT_COLUMNS))
    after = rows[changed]
    before = previous[changed].assign(actor=after["actor"], issue=after["issue"])
    group_of = {a: g for g, a in actor_order(rows)}
    frame = pd.concat([
        pd.DataFrame({"actor": after["actor"].to_numpy(), "issue": after["issue"].to_numpy()}),
        _side(before, "before"), _side(after, "after")], axis=1)
    frame.insert(1, "actor_group", frame["actor"].map(group_of).fillna(""))
    frame = frame.assign(_rank=after["_rank"].to_numpy()).sort_values("_rank", kind="stable")
    return frame.drop(columns="_rank").reset_index(drop=True)[list(SHIFT_COLUMNS)]


def shift_sentence(shifts: pd.DataFrame) -> str:
    """One sentence saying how many shifts there are and by how many actors."""
    if shifts.empty:
        return "No actor changed its stance on an issue in the selected range."
    actors = shifts["actor"].nunique()
    return (f"{len(shifts)} change(s) of stance by {actors} actor(s) in the selected range, "
            "each with the statement before and after it and their sources.")


def _publishers(cell: object) -> str:
    """``A | B`` -> ``A, B``; empty -> ``source not given``."""
    names = [p for p in split_sources(str(cell or "")) if p]
    return ", ".join(dict.fromkeys(names)) or "source not given"


def _day(value: object) -> str:
    return "date unknown" if pd.isna(value) else pd.Timestamp(value).strftime("%Y-%m-%d")


def shift_table(shifts: pd.DataFrame) -> pd.DataFrame:
    """The shifts for display: issue labels, ``a → b``, publishers joined, first link of each.

    Every source URL stays in the CSV (:func:`stance_shifts`); a table cell holds one link.
    """
    first = {side: shifts[f"{side}_source_url"].fillna("").str.split(
        SOURCE_SEPARATOR, regex=False).str[0] for side in SIDES}
    return pd.DataFrame({
        "actor": shifts["actor"], "issue": shifts["issue"].map(vocabulary_label),
        "change": shifts["before_stance"] + ARROW + shifts["after_stance"],
        "before": shifts["before_date"], "after": shifts["after_date"],
        "before_evidence": shifts["before_evidence"],
        "before_sources": shifts["before_source_publisher"].map(_publishers),
        "before_link": first["before"],
        "after_evidence": shifts["after_evidence"],
        "after_sources": shifts["after_source_publisher"].map(_publishers),
        "after_link": first["after"],
    })


def shift_lines(shifts: pd.DataFrame) -> list[str]:
    """One plain-text line per shift, with both dates and both sources (the list in words)."""
    lines = []
    for row in shifts.to_dict("records"):
        sides = [f"{row[f'{side}_stance']} on {_day(row[f'{side}_date'])} "
                 f"({_publishers(row[f'{side}_source_publisher'])})" for side in SIDES]
        lines.append(f"{row['actor']} on {vocabulary_label(row['issue'])}: "
                     + ARROW.join(sides))
    return lines

"""Actor positions: who holds which stance on which issue, and whether it changed.

Only stance-bearing rows count (``stance`` not empty). A cell of the matrix is one
(actor, issue) pair; its stances are read in date order and consecutive repeats are
collapsed, so a cell reads ``support (3)`` when the actor kept one stance and
``concern → support (4)`` when the stance changed inside the frame. Stances are never
averaged. Rows without a date sort after dated ones (their place in the sequence is
unknown, so they are put last rather than guessed).
"""

from __future__ import annotations

import pandas as pd

from dashboard.schema import STANCES, issue_codes

ARROW = " → "

# Display groups in reading order: the crisis pack's ``group_order`` first (carried by the
# events frame as ``attrs["group_order"]``, else the default pack's), then groups not listed,
# alphabetically, then the tail. The empty group (unknown) comes last.
GROUP_TAIL = ("International organisations", "Non-state", "")
GROUP_ORDER_ATTR = "group_order"


def group_head(events: pd.DataFrame | None = None) -> tuple[str, ...]:
    """The display groups shown first: the events' crisis's ``group_order``."""
    if events is not None and GROUP_ORDER_ATTR in events.attrs:
        return tuple(events.attrs[GROUP_ORDER_ATTR])
    from dashboard.crisis import default_pack

    return default_pack().group_order

CELL_COLUMNS = ("actor", "actor_group", "issue", "stances", "n_events", "changed", "label",
                "last_stance")


def group_rank(group: str, head: tuple[str, ...] | None = None) -> tuple[int, str]:
    """Sort key of a display group: ``head`` groups first (default: :func:`group_head`),
    tail groups last, others between."""
    head = group_head() if head is None else head
    if group in head:
        return (head.index(group), "")
    if group in GROUP_TAIL:
        return (len(head) + 1 + GROUP_TAIL.index(group), "")
    return (len(head), group.casefold())


def actor_order(events: pd.DataFrame) -> list[tuple[str, str]]:
    """Actors as ``(actor_group, actor)`` pairs, grouped, most active first in each group.

    Every actor belongs to the group of its most frequent ``actor_group`` value, so an
    actor never appears in two groups. Within a group, actors with more events come
    first, ties broken by name.
    """
    if events.empty:
        return []
    groups = events.get("actor_group", pd.Series("", index=events.index)).fillna("")
    frame = pd.DataFrame({"actor": events["actor"].fillna(""), "group": groups})
    frame = frame[frame["actor"] != ""]
    return actor_order_from_counts(
        frame.groupby(["actor", "group"], sort=False).size().reset_index(name="n"),
        group_head(events))


def actor_order_from_counts(counts: pd.DataFrame,
                            head: tuple[str, ...] | None = None) -> list[tuple[str, str]]:
    """:func:`actor_order` from event counts per (``actor``, ``group``) in column ``n``
    (as a database's GROUP BY gives them); ``head``: the groups shown first (default:
    :func:`group_head`)."""
    if counts.empty:
        return []
    counts = counts.sort_values(["actor", "n"], ascending=[True, False], kind="stable")
    main = counts.drop_duplicates("actor")
    totals = counts.groupby("actor")["n"].sum()
    rows = [(g, a, int(totals[a])) for a, g in zip(main["actor"], main["group"], strict=True)]
    head = group_head() if head is None else head
    rows.sort(key=lambda r: (group_rank(r[0], head), -r[2], r[1].casefold()))
    return [(g, a) for g, a, _ in rows]


def stance_rows(events: pd.DataFrame) -> pd.DataFrame:
    """The stance-bearing rows, in date order (undated last, original order kept on ties)."""
    rows = events[events["stance"].fillna("") != ""]
    return rows.sort_values("date", kind="stable", na_position="last")


def _collapse(stances: list[str]) -> list[str]:
    """Drop consecutive repeats: support, support, concern, support -> support, concern, support."""
    out: list[str] = []
    for stance in stances:
        if not out or out[-1] != stance:
            out.append(stance)
    return out


def cell_label(sequence: list[str], n_events: int) -> str:
    """Text of one cell: ``support (3)`` or ``concern → support (4)``."""
    return f"{ARROW.join(sequence)} ({n_events})"


def position_cells(events: pd.DataFrame) -> pd.DataFrame:
    """One row per (actor, issue) with its stance sequence, event count and label.

    Columns: ``actor``, ``actor_group``, ``issue``, ``stances`` (tuple, date order,
    repeats collapsed), ``n_events``, ``changed`` (bool), ``label``, ``last_stance``.
    """
    rows = stance_rows(events)
    if rows.empty:
        return pd.DataFrame(columns=list(CELL_COLUMNS))
    group_of = {a: g for g, a in actor_order(rows)}
    records = []
    for (actor, issue), part in rows.groupby(["actor", "issue"], sort=False):
        sequence = _collapse(list(part["stance"]))
        records.append({
            "actor": actor, "actor_group": group_of.get(actor, ""), "issue": issue,
            "stances": tuple(sequence), "n_events": len(part), "changed": len(sequence) > 1,
            "label": cell_label(sequence, len(part)), "last_stance": sequence[-1],
        })
    return pd.DataFrame.from_records(records, columns=list(CELL_COLUMNS))


def position_matrix(events: pd.DataFrame) -> pd.DataFrame:
    """Actors × issues table of stance labels, ready to show or export.

    Rows are actors in :func:`actor_order` (grouped), with an ``actor_group`` column
    first; columns are the issues present, in the schema's order. A cell is ``""``
    when the actor took no position on that issue in the frame.
    """
    return matrix_from_cells(position_cells(events), actor_order(stance_rows(events)))


def matrix_from_cells(cells: pd.DataFrame, pairs: list[tuple[str, str]]) -> pd.DataFrame:
    """:func:`position_matrix` from its cells and actor order (``(group, actor)``)."""
    if cells.empty:
        return pd.DataFrame(columns=["actor_group"]).rename_axis("actor")
    issues = [i for i in issue_codes() if i in set(cells["issue"])]
    issues += sorted(set(cells["issue"]) - set(issues))
    table = cells.pivot(index="actor", columns="issue", values="label")
    table = table.reindex(index=[a for _, a in pairs], columns=issues).fillna("")
    table.columns.name = None
    table.insert(0, "actor_group", [g for g, _ in pairs])
    return table.rename_axis("actor")


def cell_events(events: pd.DataFrame, actor: str, issue: str) -> pd.DataFrame:
    """The stance-bearing events behind one cell of the matrix, in date order."""
    rows = stance_rows(events)
    return rows[(rows["actor"] == actor) & (rows["issue"] == issue)]


def issue_summary(events: pd.DataFrame, issue: str) -> pd.DataFrame:
    """Who supports, opposes, is concerned or neutral on ``issue``, and who changed.

    Returns one row per position with columns ``position``, ``n_actors`` and
    ``actors`` (comma-joined, grouped order). Actors whose stance changed inside the
    frame are listed under ``changed`` with their sequence, e.g.
    ``Russia (concern → support)``, and under no single stance.
    """
    return summary_from_cells(position_cells(events), actor_order(stance_rows(events)), issue)


def summary_from_cells(cells: pd.DataFrame, pairs: list[tuple[str, str]],
                       issue: str) -> pd.DataFrame:
    """:func:`issue_summary` from the position cells and the actor order."""
    cells = cells[cells["issue"] == issue].astype({"changed": bool})
    order = {a: k for k, (_, a) in enumerate(pairs)}
    cells = cells.assign(rank=cells["actor"].map(order)).sort_values("rank")
    records = []
    for stance in STANCES:
        part = cells[~cells["changed"] & (cells["last_stance"] == stance)]
        records.append((stance, len(part), ", ".join(part["actor"])))
    changed = cells[cells["changed"]]
    names = [f"{a} ({ARROW.join(s)})" for a, s in zip(changed["actor"], changed["stances"],
                                                        strict=True)]
    records.append(("changed", len(changed), ", ".join(names)))
    return pd.DataFrame.from_records(records, columns=["position", "n_actors", "actors"])

"""Who sides with whom: actor × actor agreement on the issues, ordered so blocs appear.

Each actor's position on an issue is its **latest** stance in the frame (the last stance
of its cell in the position table: an actor that moved from concern to support now
supports). Two actors *agree* on an issue when both took a position on it and the two
stances are the same. A pair's agreement is the share of the issues they both took a
position on where they agree, with that number of shared issues; a pair with fewer than
``min_shared`` shared issues is *unknown* (NaN), never counted as disagreement.

Actors are ordered by average-linkage hierarchical clustering (scipy) on the distance
``1 - agreement``, unknown pairs at 0.5 (no information either way), with the optimal
leaf order, so actors that agree sit next to each other. A *bloc* is a cluster of two or
more actors whose average agreement is above one half. Pure: no Streamlit, no plotly.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy.cluster.hierarchy import fcluster, leaves_list, linkage, optimal_leaf_ordering
from scipy.spatial.distance import squareform

from dashboard.positions import position_cells

MIN_SHARED = 2  # fewer shared issues than this: the pair's agreement is unknown
MAX_ACTORS = 60  # beyond this a matrix is unreadable: the actors with most positions are kept
UNKNOWN_DISTANCE = 0.5
BLOC_DISTANCE = 0.5  # a bloc's average agreement must be above 1 - this


@dataclass(frozen=True)
class Alignment:
    """Agreement of every pair of actors, in clustered order.

    ``share`` (float, NaN when unknown), ``agree`` and ``shared`` (int) are square
    DataFrames indexed by actor in :attr:`order`; ``left_out`` names the actors not
    shown (no pair with enough shared issues, or beyond :data:`MAX_ACTORS`).
    """

    share: pd.DataFrame
    agree: pd.DataFrame
    shared: pd.DataFrame
    order: list[str]
    blocs: list[list[str]]
    left_out: list[str]
    min_shared: int


def latest_positions(events: pd.DataFrame) -> pd.DataFrame:
    """Actors × issues table of each actor's latest stance (NaN where none)."""
    cells = position_cells(events)
    if cells.empty:
        return pd.DataFrame()
    table = cells.pivot(index="actor", columns="issue", values="last_stance")
    return table.rename_axis(index="actor", columns=None)


def pair_counts(positions: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """``(agree, shared)`` matrices: issues where both have the same stance, and both have one."""
    values = positions.to_numpy(dtype=object)
    present = pd.notna(positions).to_numpy().astype(np.int64)
    shared = present @ present.T
    agree = np.zeros_like(shared)
    for stance in pd.unique(values[pd.notna(values)]):
        same = (values == stance).astype(np.int64)
        agree += same @ same.T
    return agree, shared


def _keep(positions: pd.DataFrame, min_shared: int) -> tuple[list[str], list[str]]:
    """Actors with at least one pair of ``min_shared`` shared issues, the most active first,
    at most :data:`MAX_ACTORS`; and those left out."""
    _, shared = pair_counts(positions)
    np.fill_diagonal(shared, 0)
    known = (shared >= min_shared).any(axis=1)
    n_issues = pd.notna(positions).sum(axis=1).to_numpy()
    ranked = sorted((a for a, k in zip(positions.index, known, strict=True) if k),
                    key=lambda a: (-n_issues[positions.index.get_loc(a)], a))
    kept = ranked[:MAX_ACTORS]
    return kept, sorted(set(positions.index) - set(kept))


def cluster_order(distance: np.ndarray) -> tuple[list[int], np.ndarray | None]:
    """Leaf order of average-linkage clustering of a square distance matrix, and its linkage."""
    if len(distance) < 2:
        return list(range(len(distance))), None
    condensed = squareform(distance, checks=False)
    tree = optimal_leaf_ordering(linkage(condensed, method="average"), condensed)
    return [int(i) for i in leaves_list(tree)], tree


def alignment(events: pd.DataFrame, min_shared: int = MIN_SHARED) -> Alignment:
    """The agreement of every pair of actors that shares enough issues, clustered."""
    positions = latest_positions(events)
    empty = pd.DataFrame()
    if positions.empty:
        return Alignment(empty, empty, empty, [], [], [], min_shared)
    kept, left_out = _keep(positions, min_shared)
    positions = positions.loc[kept]
    agree, shared = pair_counts(positions)
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(shared >= min_shared, agree / np.maximum(shared, 1), np.nan)
    distance = np.where(np.isnan(share), UNKNOWN_DISTANCE, 1.0 - share)
    np.fill_diagonal(distance, 0.0)
    leaves, tree = cluster_order(distance)
    order = [kept[i] for i in leaves]
    frames = [pd.DataFrame(m, index=kept, columns=kept).loc[order, order].rename_axis("actor")
              for m in (share, agree, shared)]
    return Alignment(*frames, order=order, blocs=_blocs(tree, kept, order),
                     left_out=left_out, min_shared=min_shared)


def _blocs(tree: np.ndarray | None, actors: list[str], order: list[str]) -> list[list[str]]:
    """Clusters of two or more actors whose average distance stays under the bloc cut."""
    if tree is None:
        return []
    labels = fcluster(tree, t=BLOC_DISTANCE - 1e-9, criterion="distance")
    members: dict[int, list[str]] = {}
    for actor in order:
        members.setdefault(int(labels[actors.index(actor)]), []).append(actor)
    return [group for group in members.values() if len(group) > 1]


def strongest_pairs(result: Alignment, n: int = 10) -> pd.DataFrame:
    """The ``n`` strongest agreements and the ``n`` strongest disagreements.

    Columns ``actor_a``, ``actor_b``, ``agreement`` (share), ``agree``, ``shared`` and
    ``kind`` (``agree`` when the share is above one half, ``disagree`` when below; an
    even split is neither). Stronger means further from one half, then more shared issues.
    """
    columns = ["actor_a", "actor_b", "agreement", "agree", "shared", "kind"]
    records = []
    for i, a in enumerate(result.order):
        for b in result.order[i + 1:]:
            share = result.share.at[a, b]
            if pd.notna(share) and share != 0.5:
                kind = "agree" if share > 0.5 else "disagree"
                records.append((a, b, float(share), int(result.agree.at[a, b]),
                                int(result.shared.at[a, b]), kind))
    pairs = pd.DataFrame.from_records(records, columns=columns)
    if pairs.empty:
        return pairs
    pairs["_strength"] = (pairs["agreement"] - 0.5).abs()
    pairs = pairs.sort_values(["_strength", "shared", "actor_a", "actor_b"],
                              ascending=[False, False, True, True])
    top = pd.concat([pairs[pairs["kind"] == kind].head(n) for kind in ("agree", "disagree")])
    return top.drop(columns="_strength").reset_index(drop=True)


def matrix_table(result: Alignment) -> pd.DataFrame:
    """The matrix as text cells for a table or CSV: ``3/4 (75%)``, ``unknown`` or ``—``."""
    cells = {}
    for b in result.order:
        column = []
        for a in result.order:
            if a == b:
                column.append("—")
            elif pd.isna(result.share.at[a, b]):
                column.append(f"unknown ({int(result.shared.at[a, b])} shared)")
            else:
                column.append(f"{int(result.agree.at[a, b])}/{int(result.shared.at[a, b])} "
                              f"({result.share.at[a, b]:.0%})")
        cells[b] = column
    return pd.DataFrame(cells, index=pd.Index(result.order, name="actor"))


def alignment_sentence(result: Alignment) -> str:
    """What the matrix shows, in one or two sentences (also its text alternative)."""
    if not result.order:
        return (f"No two actors took positions on {result.min_shared} or more of the same "
                "issues in the selected range, so no agreement can be measured.")
    text = (f"Agreement of {len(result.order)} actors on the issues they share (a pair is "
            f"unknown below {result.min_shared} shared issues), ordered so that blocs sit "
            "together.")
    if result.blocs:
        names = "; ".join(f"bloc {k}: {', '.join(group)}"
                          for k, group in enumerate(result.blocs, start=1))
        text += f" Blocs (average agreement above one half): {names}."
    else:
        text += " No bloc of actors agreeing on more than half of their shared issues."
    return text


def network_sentence(result: Alignment, n: int = 10) -> str:
    """What the network shows, naming its strongest pairs (its text alternative)."""
    pairs = strongest_pairs(result, n)
    if pairs.empty:
        return "No pair of actors agrees or disagrees on most of the issues they share."
    parts = []
    for kind, words in (("agree", "agreements (solid lines)"),
                        ("disagree", "disagreements (dashed lines)")):
        chosen = pairs[pairs["kind"] == kind]
        if not chosen.empty:
            listed = "; ".join(f"{p.actor_a} and {p.actor_b}, {kind} on {p.agree} of {p.shared}"
                               for p in chosen.itertuples(index=False))
            parts.append(f"the {len(chosen)} strongest {words}: {listed}")
    return "Lines join " + ", and ".join(parts) + "."

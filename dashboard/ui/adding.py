"""The "Add articles" page's widgets: the input form, and one panel per extracted article
with its source metadata, its events to decide on, and the evidence in context.

What the page holds between reruns is in ``st.session_state``: the batch of extractions
(:data:`BATCH`) and, per article, the decision and the edits of each event (keyed by the
article's content hash), until the article is saved.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.db import Store
from dashboard.extract.batch import SUFFIXES
from dashboard.extract.lexicon import SUPPORTED_LANGUAGES
from dashboard.intake import (
    SOURCE_FIELDS,
    Extraction,
    apply_source,
    check_source,
    extract_all,
    extract_article,
    read_pasted,
    read_uploads,
    save_reviewed,
    with_source,
)
from dashboard.review import PENDING, above_confidence, apply_edit, plan_save
from dashboard.schema import vocabulary_label
from dashboard.ui import context, reviewing

BATCH = "add:batch"
SAVED = "add:saved"
_LABELS = {"title": "Title", "publisher": "Publisher", "url": "URL", "language": "Language",
           "published": "Publication date (YYYY-MM-DD)"}



@st.cache_resource(show_spinner="Loading the crisis's extractor…", max_entries=4)
def crisis_extractor(crisis_id: str):
    """The extractor of a crisis pack (its lexicons, knowledge, country and year), made
    once per process; ``None`` for the default crisis (the shared default extractor)."""
    from dashboard.crisis import default_id, pack
    from dashboard.extract.config import config_for
    from dashboard.extract.pipeline import Extractor

    return None if crisis_id == default_id() else Extractor(config_for(pack(crisis_id)))

def input_form() -> None:
    """Paste text or upload files, then extract (with a progress bar) into the batch."""
    with st.form("add-input", clear_on_submit=False):
        pasted = st.text_area("Paste an article", height=200, key="add-paste",
                              placeholder="The article's text (a copied web page works too)")
        files = st.file_uploader(
            "Or upload files", accept_multiple_files=True, key="add-files",
            type=sorted(s.lstrip(".") for s in SUFFIXES),
            help=".txt, .md, .html: one article each; .json: an article object with 'text' "
                 "(or a list of them); .jsonl: one article object per line.")
        submitted = st.form_submit_button("Extract events", type="primary",
                                          icon=":material/play_arrow:")
    if not submitted:
        return
    articles, problems = read_pasted(pasted) if pasted.strip() else ([], [])
    more, bad = read_uploads((f.name, f.getvalue()) for f in files or [])
    articles, problems = articles + more, problems + bad
    if not articles and not problems:
        problems = ["Nothing to read: paste a text or choose files."]
    if problems:
        st.warning(f"{len(problems)} input(s) could not be read; the others are extracted.",
                   icon=":material/warning:")
        st.text("\n".join(problems))
    if articles:
        bar = st.progress(0.0, text="Extracting…")
        batch = extract_all(articles, progress=lambda done, total, name: bar.progress(
            done / total, text=f"Extracting {done + 1} of {total}" if name else "Done"),
            extract=crisis_extractor(context.current().dataset.crisis.id))
        st.session_state[BATCH] = batch
        for extraction in batch:
            _reset(extraction)


def _key(extraction: Extraction, part: str) -> str:
    return f"add:{extraction.article.content_hash[:16]}:{part}"


def _reset(extraction: Extraction) -> None:
    """Forget the decisions, edits and form state of an article (new extraction, saved)."""
    prefix = _key(extraction, "")
    for key in [k for k in st.session_state if str(k).startswith(prefix)]:
        del st.session_state[key]


def _decisions(extraction: Extraction) -> dict[str, str]:
    return st.session_state.setdefault(_key(extraction, "decisions"), {})


def _edits(extraction: Extraction) -> dict[str, dict]:
    return st.session_state.setdefault(_key(extraction, "edits"), {})


def accept_above_control() -> None:
    """One slider and button: accept every undecided event at or above a confidence."""
    with st.container(horizontal=True, vertical_alignment="bottom"):
        st.slider("Confidence at least", 0.0, 1.0, 0.7, 0.05, key="add-threshold",
                  width=300)
        st.button("Accept all above", on_click=_accept_above, icon=":material/done_all:")


def _accept_above() -> None:
    threshold = st.session_state["add-threshold"]
    for extraction in st.session_state.get(BATCH, []):
        decisions = _decisions(extraction)
        for event_id in above_confidence(extraction.events, threshold, decisions):
            decisions[event_id] = "accept"


def article_panel(extraction: Extraction, store: Store, reviewer: str | None) -> None:
    """One article: source metadata, its events with decisions, one event's evidence in
    context and fields, and the save button."""
    article = extraction.article
    st.subheader(article.name)
    if extraction.error:
        st.warning("This article could not be extracted.", icon=":material/warning:")
        st.text(extraction.error)
        return
    if store.article_version(article.text) is not None:
        st.info("This article is already in the store: saving it again adds no copy, and "
                "events reviewed before keep their decision.", icon=":material/info:")
    source = _source_form(extraction)
    fresh, reviewed = _split_reviewed(store, extraction.events)
    if reviewed:
        st.text(_reviewed_sentence(reviewed))
    decisions, edits = _decisions(extraction), _edits(extraction)
    if fresh:
        _overview(fresh, decisions, edits)
        _event_card(extraction, fresh, decisions, edits)
    else:
        st.caption("No event left to decide on in this article.")
    if st.button("Save this article", key=_key(extraction, "save"), type="primary",
                 disabled=not reviewer, icon=":material/save:",
                 help=None if reviewer else "Type your name in the sidebar first."):
        _save(extraction, store, source, fresh, decisions, edits, reviewer)


def _overview(events: list[dict], decisions: dict, edits: dict) -> None:
    """The article's events in a table: decision, edits, what the machine found."""
    st.dataframe(pd.DataFrame([{
        "#": n, "decision": decisions.get(e["event_id"], PENDING),
        "edited": ", ".join(edits.get(e["event_id"], {})),
        "confidence": float(e["confidence"] or "nan"), "date": e["date"], "actor": e["actor"],
        "event type": vocabulary_label(e["event_type"]), "issue": vocabulary_label(e["issue"]),
        "stance": e["stance"], "location": e["location"], "summary": e["summary"]}
        for n, e in enumerate(events, start=1)]), hide_index=True,
        column_config={"confidence": st.column_config.NumberColumn(format="%.2f")})
    chosen = [decisions.get(e["event_id"], PENDING) for e in events]
    st.text(f"{chosen.count('accept')} to accept ({len(edits)} edited), "
            f"{chosen.count('reject')} to reject, {chosen.count(PENDING)} undecided")


def _event_card(extraction: Extraction, events: list[dict], decisions: dict,
                edits: dict) -> None:
    """Pick an event: its evidence highlighted in the article, its fields, its decision."""
    labels = [f"{n}. {reviewing.event_label(e)}" for n, e in enumerate(events, start=1)]
    index = st.selectbox("Event", range(len(events)), format_func=labels.__getitem__,
                         key=_key(extraction, "pick"))
    event = events[index]
    event_id = event["event_id"]
    st.text(f"Decision on event {index + 1}: {decisions.get(event_id, PENDING)}"
            + (" (edited)" if event_id in edits else ""))
    left, right = st.columns([2, 3])
    with left, st.container(border=True):
        reviewing.show_evidence(extraction.article.text, event, "The evidence in the article")
    with right:
        shown = {**event, **edits.get(event_id, {})}
        action, values = reviewing.event_form(shown, _key(extraction, f"form:{event_id}"),
                                              actions=("accept", "reject", "pending"))
    if action is None:
        return
    edit = apply_edit(event, values)
    if action != "reject" and not edit.ok:
        reviewing.problems_text(edit.problems)
        return
    decisions[event_id] = action
    edits.pop(event_id, None)
    if action != "reject" and edit.changes:
        edits[event_id] = edit.new_values
    st.rerun()


def _source_form(extraction: Extraction) -> dict[str, str]:
    """Editable source metadata, prefilled; re-extracts when date or language change."""
    source = extraction.article.source
    values = {}
    columns = st.columns(len(SOURCE_FIELDS))
    for column, name in zip(columns, SOURCE_FIELDS, strict=True):
        key = _key(extraction, f"src:{name}")
        st.session_state.setdefault(key, source.get(name, ""))
        with column:
            if name == "language":
                options = ["", *SUPPORTED_LANGUAGES]
                values[name] = st.selectbox(_LABELS[name], options, key=key)
            else:
                values[name] = st.text_input(_LABELS[name], key=key)
    problems = check_source(values)
    for field, message in problems:
        st.error(f"Source field '{field}': {message}", icon=":material/error:")
    changed = any(values[n] != source.get(n, "") for n in ("language", "published"))
    if changed and not problems:
        st.button("Extract again with this date and language", key=_key(extraction, "redo"),
                  on_click=_redo, args=(extraction, values), icon=":material/refresh:")
    return values


def _redo(extraction: Extraction, values: dict[str, str]) -> None:
    batch = st.session_state.get(BATCH, [])
    again = extract_article(with_source(extraction.article, values),
                            crisis_extractor(context.current().dataset.crisis.id))
    st.session_state[BATCH] = [again if e is extraction else e for e in batch]
    _reset(extraction)


def _split_reviewed(store: Store, events: list[dict]) -> tuple[list[dict], list[dict]]:
    """Events not reviewed yet, and those a person reviewed before (stored status)."""
    fresh, reviewed = [], []
    for event in events:
        stored = store.event(event["event_id"])
        if stored and stored["review_status"] != "unreviewed":
            reviewed.append(stored)
        else:
            fresh.append(event)
    return fresh, reviewed


def _reviewed_sentence(reviewed: list[dict]) -> str:
    counts: dict[str, int] = {}
    for row in reviewed:
        counts[row["review_status"]] = counts.get(row["review_status"], 0) + 1
    parts = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
    return (f"{len(reviewed)} event(s) of this article were reviewed before ({parts}) and "
            "keep that decision.")


def _save(extraction, store, source, events, decisions, edits, reviewer) -> None:
    """Save the article, its events and the decisions; say what happened after the rerun."""
    if check_source(source):
        st.error("Correct the source metadata first.", icon=":material/error:")
        return
    article = with_source(extraction.article, source)
    plan = plan_save([apply_source(e, article.source) for e in events], decisions, edits)
    summary = save_reviewed(store, article, plan, reviewer,
                            context.current().dataset.crisis.id)
    st.session_state[SAVED] = (f"{article.name}: {summary}", plan.problems)
    _reset(extraction)
    if not plan.problems:
        st.session_state[BATCH] = [e for e in st.session_state.get(BATCH, [])
                                   if e is not extraction]
    st.rerun()


def saved_message() -> None:
    """What the last save did, and the edits it refused (kept for review, unchanged)."""
    message, problems = st.session_state.pop(SAVED, ("", []))
    if message:
        st.success(message, icon=":material/check:")
    if problems:
        st.error("Some edits did not make valid events; those events were left for review, "
                 "unchanged. Correct them and save again.", icon=":material/error:")
        st.text("\n".join(problems))

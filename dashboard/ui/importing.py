"""The Add page's import of the standard event data sets: ACLED export CSVs and GDELT 2.0
event files, uploaded in the browser and written into the store as the command line does
(:func:`dashboard.imports.import_upload`: one transaction per file, idempotent by the
source's own ids, rows outside the crisis skipped and counted).

File names and row errors come from the upload: they are shown with ``st.text`` only.
"""

from __future__ import annotations

import streamlit as st

from dashboard.db import Store
from dashboard.imports import CrisisScope, import_upload
from dashboard.imports.sink import StoreSink
from dashboard.ui import context

IMPORT_TYPES = ["csv", "tsv", "txt", "zip"]


def import_form(store: Store) -> None:
    """Upload ACLED or GDELT files, import each into the store, show one summary per file."""
    with st.expander("Import ACLED or GDELT event files", icon=":material/upload_file:"):
        with st.form("add-import", clear_on_submit=False):
            files = st.file_uploader(
                "ACLED export CSV or GDELT 2.0 event files", accept_multiple_files=True,
                key="add-import-files", type=IMPORT_TYPES,
                help="The format is recognised from the content. Imported events wait in "
                     "the review queue; importing a file again changes nothing.")
            submitted = st.form_submit_button("Import files", icon=":material/upload:")
        if submitted:
            _import(store, files or [])


def _import(store: Store, files) -> None:
    """Import each uploaded file in its own transaction and summarise, errors first."""
    if not files:
        st.warning("Choose one or more files to import.", icon=":material/warning:")
        return
    crisis = context.current().dataset.crisis
    scope, sink = CrisisScope.of(crisis), StoreSink(store, crisis.id)
    bar = st.progress(0.0, text="Importing…")
    lines, errors = [], []
    for number, upload in enumerate(files):
        bar.progress(number / len(files), text=f"Importing file {number + 1} of {len(files)}")
        summary = import_upload(upload.name, upload.getvalue(), sink, scope)
        lines.append(summary.line())
        errors += [str(error) for error in summary.errors]
    bar.progress(1.0, text="Done")
    if errors:
        st.warning(f"{len(errors)} row(s) or file(s) refused; everything else was imported.",
                   icon=":material/warning:")
        st.text("\n".join(errors))
    st.success(f"{len(files)} file(s) read.", icon=":material/check:")
    st.text("\n".join(lines))

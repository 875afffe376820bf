"""The floor of benchmarks/bench_load.py: the least a Streamlit page with a chart can cost.

A title, the sentence the benchmark waits for and a one-point plotly chart, with no data,
no sidebar and no figure to build: ``bench_load.py --baseline`` loads this page the way it
loads the dashboard's, so the difference between the two runs is what the dashboard adds
to Streamlit, plotly.js and Chromium on the same machine.
"""

import plotly.graph_objects as go
import streamlit as st

st.title("Baseline")
st.text("Showing 1 event")
st.plotly_chart(go.Figure(go.Scatter(x=[1], y=[1], mode="markers")))

"""The analysis engine: from one wave of the survey to plain, frozen results.

Entry points (the GUI, the CLI and the exports all use these)::

    analyze(data, options, progress=..., cancel=...) -> AnalysisResult
    what_if(data, leaving, options, base=...) -> WhatIfResult
    compare(before, after) -> WaveComparison
    explain(metric_name, lang) -> str
    to_json(result, lang) -> dict          # schema "kennisnet.analysis/1"
    summary_text(result, lang) -> str

The exact meaning of every figure is in PRODUCT.md ("Analysis — exact meanings")
and in the module docstrings (graph, holders, clusters, reach, advice, channels).
"""

from kennisnet.analysis.engine import analyze
from kennisnet.analysis.explain import EXPLAINED, explain
from kennisnet.analysis.graph import build_graph
from kennisnet.analysis.jsonout import SCHEMA, to_json
from kennisnet.analysis.messages import Message
from kennisnet.analysis.options import AnalysisCancelled, AnalysisOptions
from kennisnet.analysis.result import (
    AdviceStep,
    AnalysisResult,
    ChannelCounts,
    ChannelReport,
    ClusterResult,
    DepartmentRate,
    Edge,
    ExternalPerson,
    PersonResult,
    ResponseQuality,
    TrainingAdvice,
)
from kennisnet.analysis.summary import channel_label, summary_text
from kennisnet.analysis.waves import WaveComparison, compare
from kennisnet.analysis.whatif import WhatIfResult, what_if, without

__all__ = [
    "EXPLAINED",
    "SCHEMA",
    "AdviceStep",
    "AnalysisCancelled",
    "AnalysisOptions",
    "AnalysisResult",
    "ChannelCounts",
    "ChannelReport",
    "ClusterResult",
    "DepartmentRate",
    "Edge",
    "ExternalPerson",
    "Message",
    "PersonResult",
    "ResponseQuality",
    "TrainingAdvice",
    "WaveComparison",
    "WhatIfResult",
    "analyze",
    "build_graph",
    "channel_label",
    "compare",
    "explain",
    "summary_text",
    "to_json",
    "what_if",
    "without",
]

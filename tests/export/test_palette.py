"""One palette: the picture's colours are the screen's, and every colour drawn is explained."""

from __future__ import annotations

from matplotlib.colors import to_hex
from matplotlib.figure import Figure

from kennisnet import palette
from kennisnet.analysis import AnalysisResult
from kennisnet.export import Naming, NetworkPicture, draw_network
from kennisnet.export.figure_page import OTHER_COLOUR, TRAINED_COLOUR, cluster_colour
from kennisnet.export.image import page_for
from kennisnet.layout import compute_layout
from kennisnet.model import SurveyData


def test_pictures_use_the_shared_palette() -> None:
    assert cluster_colour(1) == palette.CATEGORICAL[0]
    assert TRAINED_COLOUR == palette.TRAINED


def test_every_cluster_colour_in_the_picture_is_in_its_legend(
    demo: tuple[SurveyData, AnalysisResult, str],
) -> None:
    data, result, _name = demo
    naming = Naming.build(data.people, pseudonymised=False)
    picture = NetworkPicture(
        result=naming.result(result, "en"),
        positions=compute_layout(result),
        naming=naming,
        lang="en",
        title="t",
        subtitle="s",
        footer="f",
    )
    fig = Figure()
    draw_network(fig, picture, page_for("slide"))
    explained = {
        to_hex(handle.get_markerfacecolor())
        for legend in fig.legends
        for handle in legend.legend_handles
        if hasattr(handle, "get_markerfacecolor")
    }
    drawn = {cluster_colour(c.id).lower() for c in result.clusters}
    assert len(drawn) > 2  # the demo has several coloured clusters
    assert drawn <= explained, drawn - explained
    assert OTHER_COLOUR.lower() in explained


def test_no_group_colour_looks_like_the_grey_of_other_or_unknown() -> None:
    """Grey means "other" or "unknown": a group coloured grey would read as one of those."""
    import colorsys

    from matplotlib.colors import to_rgb

    for colour in palette.CATEGORICAL:
        _hue, _lightness, saturation = colorsys.rgb_to_hls(*to_rgb(colour))
        assert saturation >= 0.25, colour

"""The analysis options of a project, stored in the project file per wave.

Every front end reads them from here, so ``kennisnet analyze``, an export on
another laptop and the app's Results tab show the same numbers for the same
project. A wave without stored options uses :data:`DEFAULTS`; a new wave takes
the options of the wave before it (comparisons stay on equal terms). HR's own
defaults in the app's settings only apply to projects created on that laptop.
"""

from __future__ import annotations

import json
from dataclasses import replace

from kennisnet.analysis import AnalysisOptions
from kennisnet.i18n import tr
from kennisnet.store import Project, ProjectError

#: The options HR can change, with the analysis' own defaults.
DEFAULTS = AnalysisOptions()
#: The fields stored in the project (the rest keep the analysis' defaults).
FIELDS = ("overloaded_threshold", "advice_k")
#: Allowed range of each stored field.
LIMITS = {"overloaded_threshold": (1, 999), "advice_k": (0, 50)}


def _key(wave_id: int) -> str:
    return f"analysis_options/{wave_id}"


def checked(options: AnalysisOptions) -> AnalysisOptions:
    """``options`` when every stored field is in range; a plain ValueError if not."""
    for field in FIELDS:
        low, high = LIMITS[field]
        value = getattr(options, field)
        if not low <= value <= high:
            raise ValueError(
                tr(
                    "{field} must be between {low} and {high}, not {value}.",
                    field=field,
                    low=low,
                    high=high,
                    value=value,
                )
            )
    return options


def wave_options(project: Project, wave_id: int) -> AnalysisOptions:
    """The options the analysis of ``wave_id`` uses (the defaults when none are stored).

    A damaged value is refused, never replaced by a guess: the numbers would differ
    from what HR chose.
    """
    text = project.meta(_key(wave_id))
    if text is None:
        return DEFAULTS
    try:
        stored = json.loads(text)
        return checked(
            replace(
                DEFAULTS,
                overloaded_threshold=int(stored["overloaded_threshold"]),
                advice_k=int(stored["advice_k"]),
            )
        )
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise ProjectError(
            tr(
                "The analysis settings stored in this project for wave {wave} cannot be "
                "read ({reason}). Set them again in the app (Settings) before analysing.",
                wave=wave_id,
                reason=error,
            )
        ) from error


def store_options(project: Project, wave_id: int, options: AnalysisOptions) -> None:
    """Store ``options`` for ``wave_id`` in the project (the fields HR can change)."""
    checked(options)
    values = {field: getattr(options, field) for field in FIELDS}
    project.set_meta(_key(wave_id), json.dumps(values, sort_keys=True))
    project.audit("analysis_options", wave=wave_id, **values)


def has_stored_options(project: Project, wave_id: int) -> bool:
    return project.meta(_key(wave_id)) is not None

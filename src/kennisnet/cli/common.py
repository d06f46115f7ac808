"""What the commands share: reading arguments, the wave to use, a window asked without screens."""

from __future__ import annotations

from pathlib import Path

from kennisnet.cli.output import CommandError, say
from kennisnet.i18n import tr
from kennisnet.model import SurveyData
from kennisnet.store import PROJECT_SUFFIX, Project

#: The exit code when a window is asked of the command line used without the screens.
NO_SCREEN = 3


def pairs(items: list[str], what: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise CommandError(
                tr('"{item}" should look like {what}.', item=item, what=what), usage=True
            )
        out[key.strip()] = value.strip().strip('"')
    return out


def project_path(text: str, *, new: bool = False) -> Path:
    path = Path(text)
    if new and path.suffix != PROJECT_SUFFIX:
        path = path.with_name(path.name + PROJECT_SUFFIX)
    return path


def no_screen(what: str) -> int:
    """A window mode asked of ``kennisnet.cli.main`` used on its own (no window starter;
    the ``kennisnet`` program always has one, see ``kennisnet.launcher``)."""
    say(
        tr(
            "{what} needs the app's screens, which this command line was started without. "
            "Start it with the kennisnet program.",
            what=what,
        ),
        err=True,
    )
    return NO_SCREEN


def wave_id_of(project: Project, wave: str | None) -> int | None:
    """The id of the wave named on the command line (name or number), or None when none is."""
    if not wave:
        return None
    wave_id = project.wave_id_by_name_or_number(wave)
    if wave_id is None:
        names = ", ".join(f"{wid} ({name})" for wid, name, _ in project.waves())
        raise CommandError(
            tr("This project has no wave {wave}. Its waves: {names}.", wave=wave, names=names)
        )
    return wave_id


def wave_snapshot(project: Project, wave: str | None) -> SurveyData:
    """The survey data of the wave named on the command line (default: the current one)."""
    return project.snapshot(wave_id_of(project, wave))

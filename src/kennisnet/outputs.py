"""One guard for every file Kennisnet writes: exports, reports, templates, code lists, demo copies.

* Never onto a project: not an open project, not any Kennisnet project file (recognised by
  its SQLite header and application id, whatever its name), not the ``-wal``, ``-shm`` or
  ``-journal`` file beside one. Names ending in ``.kennisnet`` are kept for projects.
* Never over an existing file unless the caller says so (``force``: the CLI's ``--force``,
  the app after asking).
* Written to a temporary file in the same folder and renamed into place, so a failure
  never leaves a half-written file and never harms the file that was there. Several files
  are all or nothing: every one is written first, then all are moved into place.

Also here: :func:`csv_cell`, the one escape for text in CSV files (OWASP's advice against
formula injection), and :func:`csv_unescape` to read such a cell back.
"""

from __future__ import annotations

import contextlib
import os
import struct
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kennisnet.i18n import tr

PROJECT_SUFFIX = ".kennisnet"
SIDE_FILES = ("-wal", "-shm", "-journal")
_SQLITE_MAGIC = b"SQLite format 3\x00"
#: The project file's SQLite ``application_id`` ("KNET"; kept in step with store/schema.py).
_APPLICATION_ID = 0x4B4E4554
_TEMP_PREFIX = ".kennisnet-"
_TEMP_SUFFIX = ".part"


class OutputRefused(Exception):
    """A plain sentence: why this file is not written. Nothing was written."""


class OutputExists(OutputRefused):
    """The target exists and overwriting was not allowed."""

    def __init__(self, message: str, paths: Sequence[Path]) -> None:
        super().__init__(message)
        self.paths = tuple(paths)


class OntoProject(OutputRefused):
    """The target is a project file (or belongs to one)."""


def is_project_file(path: Path) -> bool:
    """True when ``path`` is a Kennisnet project file by its bytes (name does not matter)."""
    try:
        with Path(path).open("rb") as handle:
            head = handle.read(100)
    except OSError:
        return False
    if len(head) < 72 or not head.startswith(_SQLITE_MAGIC):
        return False
    return bool(struct.unpack(">I", head[68:72])[0] == _APPLICATION_ID)


def _same(a: Path, b: Path) -> bool:
    with contextlib.suppress(OSError):
        if a.exists() and b.exists():
            return a.samefile(b)
    return os.path.normcase(a.absolute()) == os.path.normcase(b.absolute())


def _project_of(path: Path, protect: Iterable[Path]) -> Path | None:
    """The project that ``path`` is, or is a side file of; None when it is neither."""
    candidates = [path]
    for side in SIDE_FILES:
        if path.name.endswith(side) and len(path.name) > len(side):
            candidates.append(path.with_name(path.name[: -len(side)]))
    for candidate in candidates:
        if any(_same(candidate, p) for p in protect) or is_project_file(candidate):
            return candidate
    return None


def check_target(
    path: Path,
    *,
    force: bool = False,
    protect: Iterable[Path] = (),
    project_name_ok: bool = False,
) -> None:
    """Raise :class:`OutputRefused` when ``path`` may not be written; else return.

    ``protect``: open projects (their side files are protected too, even before they
    exist). ``project_name_ok``: the file written is itself a project (the demo copy).
    """
    path = Path(path)
    protect = [Path(p) for p in protect]
    if path.is_dir():
        raise OutputRefused(tr("{path} is a folder; give a file name.", path=path))
    project = _project_of(path, protect)
    if project is not None:
        if project == path:
            text = tr(
                "{path} is a Kennisnet project: Kennisnet never writes an export or report "
                "over a project. Nothing was written; choose another file name.",
                path=path,
            )
        else:
            text = tr(
                "{path} belongs to the project {project}: Kennisnet never writes over it. "
                "Nothing was written; choose another file name.",
                path=path,
                project=project.name,
            )
        raise OntoProject(text)
    if not project_name_ok and path.name.lower().endswith(PROJECT_SUFFIX):
        raise OntoProject(
            tr(
                "Names ending in {suffix} are for projects; give the file {path} another "
                "ending. Nothing was written.",
                suffix=PROJECT_SUFFIX,
                path=path.name,
            )
        )
    if not path.parent.is_dir():
        raise OutputRefused(tr("The folder {folder} does not exist.", folder=path.parent))
    if path.exists() and not force:
        raise OutputExists(
            tr(
                "{path} already exists. Nothing was written. Choose another name, or add "
                "--force to replace it.",
                path=path,
            ),
            [path],
        )


def _read_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


#: Read once, when the module is imported (os.umask sets it for every thread at once).
_UMASK = _read_umask()


def _temp_beside(path: Path) -> Path:
    handle, name = tempfile.mkstemp(prefix=_TEMP_PREFIX, suffix=_TEMP_SUFFIX, dir=path.parent)
    try:
        # mkstemp makes the file private (0600); an export gets the usual rights of a new
        # file, as if it had been written in place.
        os.fchmod(handle, 0o666 & ~_UMASK)
    except (AttributeError, OSError):  # no fchmod on Windows, where rights work otherwise
        pass
    finally:
        os.close(handle)
    return Path(name)


Writer = Callable[[Path], None]


@dataclass
class OutputSet:
    """Several files written all or nothing (see :func:`write_all`)."""

    force: bool = False
    protect: Sequence[Path] = ()
    project_name_ok: bool = False
    _planned: list[tuple[Path, Path]] = field(default_factory=list)

    def check(self, targets: Sequence[Path]) -> None:
        seen: list[Path] = []
        for target in targets:
            if any(_same(target, other) for other in seen):
                raise OutputRefused(
                    tr("{path} is named twice; give each file its own name.", path=target)
                )
            seen.append(target)
        for target in targets:
            check_target(
                target,
                force=self.force,
                protect=self.protect,
                project_name_ok=self.project_name_ok,
            )

    def temp_for(self, target: Path) -> Path:
        temp = _temp_beside(target)
        self._planned.append((temp, target))
        return temp

    def commit(self) -> list[Path]:
        """Move every temporary file into place; on failure put everything back."""
        # Check again just before moving: a project may have appeared meanwhile.
        for _temp, target in self._planned:
            check_target(
                target,
                force=self.force,
                protect=self.protect,
                project_name_ok=self.project_name_ok,
            )
        moved_aside: list[tuple[Path, Path]] = []
        placed: list[Path] = []
        try:
            for _temp, target in self._planned:
                if target.exists():
                    aside = _temp_beside(target)
                    target.replace(aside)
                    moved_aside.append((aside, target))
            for temp, target in self._planned:
                temp.replace(target)
                placed.append(target)
        except BaseException:
            for target in placed:
                with contextlib.suppress(OSError):
                    target.unlink()
            for aside, target in moved_aside:
                with contextlib.suppress(OSError):
                    aside.replace(target)
            raise
        for aside, _target in moved_aside:
            with contextlib.suppress(OSError):
                aside.unlink()
        done = [target for _temp, target in self._planned]
        self._planned.clear()
        return done

    def discard(self) -> None:
        for temp, _target in self._planned:
            with contextlib.suppress(OSError):
                temp.unlink()
        self._planned.clear()


def write_all(
    items: Sequence[tuple[Path, Writer]],
    *,
    force: bool = False,
    protect: Iterable[Path] = (),
    project_name_ok: bool = False,
) -> list[Path]:
    """Write several files all or nothing; ``writer(temp)`` fills each temporary file.

    Every target is checked first (:func:`check_target`); nothing is touched when one is
    refused. On any failure the temporary files are removed and the files that were
    there stay as they were. Returns the targets, in order.
    """
    outputs = OutputSet(force=force, protect=list(protect), project_name_ok=project_name_ok)
    targets = [Path(t) for t, _ in items]
    outputs.check(targets)
    try:
        for target, writer in items:
            writer(outputs.temp_for(Path(target)))
        return outputs.commit()
    finally:
        outputs.discard()


@contextlib.contextmanager
def output_file(
    path: Path,
    *,
    force: bool = False,
    protect: Iterable[Path] = (),
    project_name_ok: bool = False,
) -> Iterator[Path]:
    """``with output_file(target) as temp:`` write ``temp``; it replaces ``target`` at the end."""
    outputs = OutputSet(force=force, protect=list(protect), project_name_ok=project_name_ok)
    outputs.check([Path(path)])
    try:
        yield outputs.temp_for(Path(path))
        outputs.commit()
    finally:
        outputs.discard()


def write_bytes(
    path: Path, data: bytes, *, force: bool = False, protect: Iterable[Path] = ()
) -> Path:
    """Write ``data`` to ``path`` through the guard."""
    with output_file(path, force=force, protect=protect) as temp:
        temp.write_bytes(data)
    return Path(path)


# -- CSV cells ---------------------------------------------------------------------------

#: A spreadsheet reads a cell starting with one of these as a formula (OWASP, CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> object:
    """Text that a spreadsheet would run as a formula gets a leading ``'`` (OWASP).

    Numbers stay numbers. The CSV writer quotes the cell where needed.
    """
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_row(values: Iterable[object]) -> list[object]:
    return [csv_cell(v) for v in values]


def csv_unescape(text: str) -> str:
    """The text as it was before :func:`csv_cell` (for sheets Kennisnet reads back)."""
    if len(text) > 1 and text[0] == "'" and text[1:].startswith(FORMULA_START):
        return text[1:]
    return text

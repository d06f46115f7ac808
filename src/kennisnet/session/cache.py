"""The analysis of a wave kept on this laptop, so another process need not analyse again.

``Session.analysis`` keeps its analyses in memory while the project stays open; this
module keeps them on disk as well, so that ``kennisnet export``, a second ``analyze``,
the workshop and the app reuse an analysis made earlier (with its layout) instead of
analysing 10,000 people again.

* **What it is valid for.** A file holds the *fingerprint* of what the analysis read:
  the wave's survey data (people, answers, the wave, training records, the number of
  unresolved names), the analysis options, and the version of the code that analyses
  and lays out (the app's version, this module's :data:`CACHE_FORMAT`, a digest of the
  analysis' source files, the versions of the libraries it uses and of Python). Any new
  answer, roster change, name decision or option change gives another fingerprint, and
  the file is not used. The fingerprint is a SHA-256 of the data's ``repr``: plain
  frozen dataclasses, so it is the same in every process (no ``hash()``, no sets).
* **Where.** In the user's cache folder (``resources.user_cache_dir()``), one folder per
  project id (``store.backup.analysis_cache_dir``) and one file per wave, never beside
  the project (read-only media, shared folders; ``export`` opens the project read-only).
  At most :data:`MAX_FILES` files and :data:`MAX_BYTES` in all: the least recently used
  go first.
* **Trust.** Only files this app wrote in its own cache folder are read, and only when
  the header, the fingerprint and a SHA-256 of the contents match; the contents are
  unpickled with only the analysis' own classes allowed. A damaged, foreign or outdated
  file is removed and the wave is analysed again. Files are written to a temporary file
  and moved into place (``os.replace``). Nothing here ever stops the work: a cache that
  cannot be read or written is only logged.
* **Privacy.** A result holds names. Erasing anyone from a project removes every cached
  analysis of that project (``store.erasure``).
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import pickle
import re
import sys
import time
import uuid
from collections.abc import Mapping
from contextlib import suppress
from dataclasses import fields, replace
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from kennisnet.analysis import AnalysisOptions, AnalysisResult
from kennisnet.analysis.result import PersonResult, edges_from_columns, frozen_records
from kennisnet.model import SurveyData
from kennisnet.resources import user_cache_dir
from kennisnet.session.analysis import Analysis, Point
from kennisnet.store.backup import analysis_cache_dir

log = logging.getLogger(__name__)

#: Raise when the file's layout or what it holds changes: older files are then ignored.
CACHE_FORMAT = "kennisnet-analysis-cache 2"
_MAGIC = b"KENNISNET ANALYSIS CACHE\n"
SUFFIX = ".analysis"
#: At most this many cached analyses on the laptop, and at most this many bytes in all.
MAX_FILES = 40
MAX_BYTES = 400 * 1024 * 1024
#: A temporary file older than this was left by a process that stopped while writing.
_STALE_TEMP_SECONDS = 3600.0
#: The libraries whose numbers end up in a result (a new version may change a digit).
_LIBRARIES = ("igraph", "networkx", "numpy", "scipy")
#: The only classes a cached analysis may hold.
_ALLOWED_MODULES = re.compile(r"kennisnet\.analysis(\.[a-z_]+)?|kennisnet\.model")


# -- the fingerprint ----------------------------------------------------------------------


@cache
def code_version() -> str:
    """What besides the data decides the result: this app's analysis code and libraries."""
    import kennisnet.analysis
    import kennisnet.layout
    import kennisnet.model

    digest = hashlib.sha256()
    for part in (CACHE_FORMAT, kennisnet.__version__, sys.version, *_library_versions()):
        digest.update(part.encode() + b"\0")
    sources = sorted(Path(kennisnet.analysis.__file__).parent.glob("*.py"))
    sources += [Path(kennisnet.layout.__file__), Path(kennisnet.model.__file__), Path(__file__)]
    for source in sources:
        try:  # the frozen app has no sources: its version stands for them
            digest.update(source.name.encode() + b"\0" + source.read_bytes())
        except OSError:
            digest.update(source.name.encode() + b"\0?")
    return digest.hexdigest()


def _library_versions() -> list[str]:
    """``name-version`` of each library, from its installed metadata, without importing it."""
    found = []
    for name in _LIBRARIES:
        version = "?"
        try:
            spec = find_spec(name)
        except (ImportError, ValueError):
            spec = None
        if spec is not None and spec.origin:
            folder = Path(spec.origin).parent.parent
            infos = sorted(folder.glob(f"{name}-*.dist-info")) if folder.is_dir() else []
            version = infos[-1].name if infos else spec.origin
        found.append(f"{name}={version}")
    return found


def fingerprint(data: SurveyData, options: AnalysisOptions) -> str:
    """SHA-256 of everything an analysis (and its layout) of ``data`` depends on.

    ``repr`` of the frozen dataclasses of the survey model names every field and value
    in a fixed order, so the same data gives the same text in every process.
    """
    digest = hashlib.sha256()
    digest.update(code_version().encode() + b"\0")
    digest.update(repr(options).encode() + b"\0")
    digest.update(repr(data).encode())
    return digest.hexdigest()


# -- reading and writing -------------------------------------------------------------------


def cache_file(project_id: str, wave_id: int) -> Path:
    return analysis_cache_dir(project_id) / f"wave-{int(wave_id)}{SUFFIX}"


class _OnlyAnalysis(pickle.Unpickler):
    """Unpickles only the analysis' own classes (never a function or another module's)."""

    def find_class(self, module: str, name: str) -> type:
        if _ALLOWED_MODULES.fullmatch(module):
            found = super().find_class(module, name)
            if isinstance(found, type):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not part of an analysis")


def load(
    project_id: str,
    wave_id: int,
    data: SurveyData,
    options: AnalysisOptions,
    stamp: tuple[object, ...],
    key: str,
) -> Analysis | None:
    """The cached analysis of the wave when one was made of exactly this data (``key``).

    A file that is damaged, foreign or made of other data is removed; None then.
    """
    path = cache_file(project_id, wave_id)
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    found = _decode(raw, key)
    if found is None:
        log.info("cached analysis %s is out of date or not readable: removed", path)
        _remove(path)
        return None
    result, positions = found
    if result.options != options:
        _remove(path)
        return None
    with suppress(OSError):
        os.utime(path)  # used now: the last to go when the cache is full
    return Analysis(wave_id, data, options, result, positions, stamp, key)


def _encode(result: AnalysisResult, positions: Mapping[int, Point] | None) -> bytes:
    """The result with its people and ties column by column: four times faster to load."""
    people = {name: [getattr(p, name) for p in result.people] for name in _person_fields()}
    ties = tuple(list(column) for column in zip(*result.edges, strict=True)) or ([], [], [])
    shell = replace(result, people=(), edges=())
    plain = None if positions is None else dict(positions)
    return pickle.dumps((shell, people, ties, plain), protocol=pickle.HIGHEST_PROTOCOL)


def _person_fields() -> list[str]:
    return [field.name for field in fields(PersonResult)]


def _decode(raw: bytes, key: str) -> tuple[AnalysisResult, Mapping[int, Point] | None] | None:
    header = len(_MAGIC) + 65 + 65
    if len(raw) < header or not raw.startswith(_MAGIC):
        return None
    stored_key = raw[len(_MAGIC) : len(_MAGIC) + 64]
    stored_sum = raw[len(_MAGIC) + 65 : len(_MAGIC) + 129]
    body = raw[header:]
    if stored_key != key.encode() or stored_sum != hashlib.sha256(body).hexdigest().encode():
        return None
    try:
        value = _OnlyAnalysis(io.BytesIO(body)).load()
        shell, people, ties, positions = value
        if not isinstance(shell, AnalysisResult) or sorted(people) != sorted(_person_fields()):
            return None
        if positions is not None and not isinstance(positions, dict):
            return None
        result = replace(
            shell,
            people=frozen_records(PersonResult, people),
            edges=edges_from_columns(*ties),
        )
    except Exception:  # whatever a damaged or foreign file raises, it is not used
        return None
    return result, positions


def store(project_id: str, found: Analysis) -> None:
    """Keep ``found`` (with its positions when it has them) for the next process."""
    if not found.fingerprint or not project_id:
        return
    path = cache_file(project_id, found.wave_id)
    try:
        body = _encode(found.result, found.positions)
    except (pickle.PicklingError, TypeError, AttributeError, ValueError) as error:
        log.warning("the analysis could not be cached: %s", error)
        return
    raw = b"".join(
        (
            _MAGIC,
            found.fingerprint.encode(),
            b"\n",
            hashlib.sha256(body).hexdigest().encode(),
            b"\n",
            body,
        )
    )
    temp = path.with_name(f".{uuid.uuid4().hex}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp.write_bytes(raw)
        temp.replace(path)  # atomic: a reader sees the old file or the new one
    except OSError as error:
        log.info("the analysis could not be cached in %s: %s", path.parent, error)
        _remove(temp)
        return
    _evict(user_cache_dir() / "analyses")


def _evict(root: Path, *, max_files: int = MAX_FILES, max_bytes: int = MAX_BYTES) -> None:
    """Remove the least recently used cached analyses beyond the limits, and old temp files."""
    entries: list[tuple[float, int, Path]] = []
    now = time.time()
    try:
        for path in root.glob("*/*"):
            info = path.stat()
            if path.name.endswith(".tmp"):
                if now - info.st_mtime > _STALE_TEMP_SECONDS:
                    _remove(path)
            elif path.suffix == SUFFIX:
                entries.append((info.st_mtime, info.st_size, path))
    except OSError as error:
        log.info("the cache folder %s could not be tidied: %s", root, error)
        return
    entries.sort(reverse=True)  # newest first
    total = 0
    for count, (_used, size, path) in enumerate(entries, start=1):
        total += size
        if count > max_files or total > max_bytes:
            _remove(path)


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError as error:  # it will be replaced or evicted later
        log.info("%s could not be removed: %s", path, error)

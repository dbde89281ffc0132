"""The app's log file: where it is, what goes into it, and what never does.

`configure` is called once at start-up by the command line (the window, `serve` and every
command): a rotating log in the app's data folder (``logs/workshop-app.log``, a few files of
bounded size), INFO and up, or DEBUG with ``--verbose``, which also writes the log to stderr.
Uncaught exceptions, on the main thread and on any other, are logged with their traceback; the
window adds its calm notice through `on_uncaught`.

Confidentiality: the log is a file people attach to a problem report, so no answer text, note,
organization or stakeholder name, code or PIN ever goes into it. Our own log calls name ids,
kinds and counts only (a rule for every ``log.`` call). What we cannot audit is kept out here:
an exception is logged as its traceback (code lines) and its type (an errno or SQLite error
name where there is one), never its message, which may quote what was typed or a file name made
of an organization's name; another library's message keeps its wording but not its values.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from workshop_app import APP_NAME, __version__, folders

LOG_NAME = "workshop-app.log"
MAX_BYTES = 1_000_000  # each file; the log is at most (BACKUPS + 1) × this
BACKUPS = 4
OWN = "workshop_app"
FORMAT = "%(asctime)s %(levelname)s %(process)d %(threadName)s %(name)s: %(message)s"

log = logging.getLogger("workshop_app.app")

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]
_installed: list[logging.Handler] = []
_listeners: list[Callable[[ExcInfo], None]] = []
_hooks: dict = {}  # what configure replaced: the exception hooks, the root level
_log_path: Path | None = None


def log_dir() -> Path:
    return folders.user_data_dir() / "logs"


def log_path() -> Path:
    """The log file being written (or that would be)."""
    return _log_path or log_dir() / LOG_NAME


def exception_lines(exc: BaseException) -> list[str]:
    """An exception's chain as a traceback without its messages: frames (file, line, function,
    code) and each exception's type with its errno or SQLite error name."""
    chain: list[tuple[BaseException, str]] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    link = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, link))
        if current.__cause__ is not None:
            current, link = current.__cause__, "The above was the direct cause of:"
        elif current.__context__ is not None and not current.__suppress_context__:
            current, link = current.__context__, "While handling the above, another happened:"
        else:
            current = None
    lines: list[str] = []
    for item, link in reversed(chain):
        if link and lines:
            lines.append(link)
        if item.__traceback__ is not None:
            lines.append("Traceback (most recent call last):")
            lines.extend(
                line.rstrip("\n") for line in traceback.extract_tb(item.__traceback__).format()
            )
        lines.append(describe(item) + " [message not logged]")
    return lines


def describe(exc: BaseException) -> str:
    """An exception's type and the codes that say what happened, never its message."""
    kind = type(exc)
    name = (
        kind.__qualname__
        if kind.__module__ == "builtins"
        else f"{kind.__module__}.{kind.__qualname__}"
    )
    detail = []
    errno = getattr(exc, "errno", None)
    if isinstance(exc, OSError) and isinstance(errno, int):
        import errno as errnos

        detail.append(f"errno {errno} {errnos.errorcode.get(errno, '')}".rstrip())
    code = getattr(exc, "sqlite_errorname", None)
    if isinstance(code, str):
        detail.append(code)
    status = getattr(exc, "status", None)
    if isinstance(status, int):  # an HTTP error's status
        detail.append(f"status {status}")
    return name + (f" ({', '.join(detail)})" if detail else "")


class PrivateFormatter(logging.Formatter):
    """Formats a record with nothing that may be a participant's words (see the module)."""

    def __init__(self) -> None:
        super().__init__(FORMAT)

    def format(self, record: logging.LogRecord) -> str:
        # record.exc_text is never used: another handler may have cached the full text there
        record.message = _message(record)
        text = self.formatMessage(record)
        if record.exc_info and record.exc_info[1] is not None:
            text += "\n" + "\n".join(exception_lines(record.exc_info[1]))
        if record.stack_info:
            text += "\n" + self.formatStack(record.stack_info)
        return text

    def formatMessage(self, record: logging.LogRecord) -> str:
        record.asctime = self.formatTime(record)
        return FORMAT % record.__dict__


def _message(record: logging.LogRecord) -> str:
    if record.name == OWN or record.name.startswith(OWN + "."):
        try:
            return record.getMessage()
        except Exception:  # a wrong format string must not lose the line
            return f"{record.msg!s} (badly formatted)"
    wording = record.msg if isinstance(record.msg, str) else f"<{type(record.msg).__name__}>"
    if record.args:
        values = record.args if isinstance(record.args, tuple) else (record.args,)
        kinds = ", ".join(type(v).__name__ for v in values)
        return f"{wording} [values not logged: {kinds}]"
    return wording


def _remove_handlers() -> logging.Logger:
    """Take off (and close) the handlers `configure` installed; returns the root logger."""
    root = logging.getLogger()
    for handler in _installed:
        root.removeHandler(handler)
        handler.close()
    _installed.clear()
    return root


def configure(verbose: bool = False, command: str = "app", defer_file: bool = False) -> Path | None:
    """Log to the rotating file (and to stderr with `verbose`); install the exception hooks.

    `defer_file` (the window): lines are kept in memory until `open_file` (after the first
    paint: logging.handlers and what it imports stay off start-up) or the process's exit.
    Called again (tests run many commands in one process), it replaces what it set up before.
    A data folder that cannot be written loses the log, never the command: the log's path is
    returned, or None.
    """
    global _log_path
    root = _remove_handlers()
    formatter = PrivateFormatter()
    level = logging.DEBUG if verbose else logging.INFO
    path: Path | None = log_dir() / LOG_NAME
    if defer_file:
        pending = _Pending(level)
        _installed.append(pending)
        import atexit

        atexit.register(open_file)  # a window closed (or failed) before its first paint
    else:
        path = _file_handler(path, level, formatter)
    if verbose and sys.stderr is not None:  # a windowed app on Windows has no stderr
        stderr = logging.StreamHandler(sys.stderr)
        stderr.setFormatter(formatter)
        stderr.setLevel(logging.DEBUG)
        _installed.append(stderr)
    for handler in _installed:
        root.addHandler(handler)
    _hooks.setdefault("level", root.level)
    root.setLevel(level)
    # asyncio in debug and aiohttp's client are chatty at DEBUG; their warnings still come
    for noisy in ("asyncio", "PIL", "aiohttp.access"):
        logging.getLogger(noisy).setLevel(logging.INFO)
    _log_path = path
    _install_hooks()
    log.info(
        "%s %s started: %s (pid %s, Python %s, %s)",
        APP_NAME,
        __version__,
        command,
        os.getpid(),
        sys.version.split()[0],
        sys.platform,
    )
    return path


def _file_handler(path: Path, level: int, formatter: logging.Formatter) -> Path | None:
    """Add the rotating file to `_installed`; its path, or None when it cannot be written."""
    try:
        from logging.handlers import RotatingFileHandler

        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(formatter)
    handler.setLevel(level)
    _installed.append(handler)
    return path


class _Pending(logging.Handler):
    """Lines logged before the file is opened (see `configure`'s `defer_file`)."""

    LIMIT = 5000

    def __init__(self, level: int):
        super().__init__(level)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < self.LIMIT:
            self.records.append(record)


def open_file() -> Path | None:
    """Open the log file deferred by `configure` and write what was logged meanwhile."""
    global _log_path
    pending = next((h for h in _installed if isinstance(h, _Pending)), None)
    if pending is None:
        return _log_path
    root = logging.getLogger()
    root.removeHandler(pending)
    _installed.remove(pending)
    _log_path = _file_handler(log_dir() / LOG_NAME, pending.level, PrivateFormatter())
    if _log_path is not None:
        handler = _installed[-1]
        root.addHandler(handler)
        for record in pending.records:
            handler.handle(record)
    return _log_path


def on_uncaught(listener: Callable[[ExcInfo], None]) -> Callable[[], None]:
    """Call `listener` (on the thread where it happened) after an uncaught exception is logged;
    the window shows its notice with it. Returns the function that removes it again."""
    _listeners.append(listener)

    def remove() -> None:
        if listener in _listeners:
            _listeners.remove(listener)

    return remove


def _install_hooks() -> None:
    if sys.excepthook is not _excepthook:
        _hooks["sys"] = sys.excepthook
        sys.excepthook = _excepthook
    if threading.excepthook is not _thread_excepthook:
        _hooks["threading"] = threading.excepthook
        threading.excepthook = _thread_excepthook


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        _hooks.get("sys", sys.__excepthook__)(kind, exc, tb)
        return
    uncaught((kind, exc, tb), "uncaught exception")
    previous = _hooks.get("sys")
    if previous is not None and previous is not sys.__excepthook__:
        previous(kind, exc, tb)  # a tool's own hook (a test runner's) still hears of it


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None or issubclass(args.exc_type, SystemExit):
        return
    name = args.thread.name if args.thread is not None else "?"
    uncaught(
        (args.exc_type, args.exc_value, args.exc_traceback), f"uncaught exception in thread {name}"
    )
    previous = _hooks.get("threading")
    if previous is not None and previous is not threading.__excepthook__:
        previous(args)


def uncaught(info: ExcInfo, what: str) -> None:
    """Log an exception nobody caught and tell the listeners (the window's notice)."""
    if info[1].__traceback__ is None and info[2] is not None:
        info[1].__traceback__ = info[2]
    log.critical("%s", what, exc_info=info)
    if not _listeners and sys.stderr is not None:
        where = log_path() if _log_path is not None else "no log file could be written"
        print(
            f"error: an unexpected problem ({type(info[1]).__name__}); the details are in {where}",
            file=sys.stderr,
        )
    for listener in list(_listeners):
        try:
            listener(info)
        except Exception:  # the notice's own trouble: logged, never another notice
            log.exception("the notice of an uncaught exception failed")


def unconfigure() -> None:
    """Undo `configure`: its handlers closed, the exception hooks as they were (tests)."""
    global _log_path
    root = _remove_handlers()
    if "level" in _hooks:
        root.setLevel(_hooks.pop("level"))
    if sys.excepthook is _excepthook:
        sys.excepthook = _hooks.pop("sys", sys.__excepthook__)
    if threading.excepthook is _thread_excepthook:
        threading.excepthook = _hooks.pop("threading", threading.__excepthook__)
    _log_path = None

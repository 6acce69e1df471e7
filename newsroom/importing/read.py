"""Bytes → text, or one clear error that names the file and the problem.

Press texts arrive from e-mail, Word exports and web pages; most problems an
editor can fix in a minute (convert the encoding, pick the right file), so
every refusal says what was found and what to do about it.
"""

from __future__ import annotations

import codecs
import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path, PurePath

# A first line this long is a minified page or a blob, not a press text
# (the longest paragraph of a real release is a few thousand characters).
MAX_FIRST_LINE_CHARS = 10_000
DEFAULT_MAX_BYTES = 256 * 1024  # settings.NEWSROOM_IMPORT_MAX_BYTES is the same

_MAGIC = [
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (a .docx or .xlsx file is one)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document (.doc)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"{\\rtf", "an RTF document"),
]


class ImportFileError(Exception):
    """A file that cannot be imported; ``str()`` is the line an editor reads."""

    def __init__(self, file: str, problem: str, line: int | None = None) -> None:
        self.file = file
        self.problem = problem
        self.line = line
        where = f"{file}, line {line}" if line else file
        super().__init__(f"{where}: {problem}")


@dataclass(frozen=True)
class SourceText:
    name: str
    text: str
    encoding: str


def _human_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} bytes"


def too_big(name: str, size: int, limit: int) -> ImportFileError:
    return ImportFileError(
        name,
        f"file is {_human_size(size)}, over the {_human_size(limit)} limit "
        "(a press text is a few KB; raise the limit with --max-bytes or "
        "NEWSROOM_IMPORT_MAX_BYTES if this is intended)",
    )


def _detect_encoding(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    return best.encoding if best else None


def decode_text(data: bytes, name: str, max_bytes: int | None = None) -> SourceText:
    """Decode a press text; raise ``ImportFileError`` with a reason otherwise."""
    limit = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
    if len(data) > limit:
        raise too_big(name, len(data), limit)
    if not data:
        raise ImportFileError(name, "file is empty")

    encoding = "utf-8"
    if data.startswith(codecs.BOM_UTF32_LE) or data.startswith(codecs.BOM_UTF32_BE):
        encoding = "utf-32"
    elif data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        encoding = "utf-16"
    else:
        for magic, what in _MAGIC:
            if data.startswith(magic):
                raise ImportFileError(
                    name, f"file is binary ({what}), not text: save it as plain text (.txt)"
                )
        if b"\x00" in data[:8192]:
            raise ImportFileError(
                name, "file contains binary data (NUL bytes), not text: save it as plain text"
            )

    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        detected = _detect_encoding(data)
        if detected and detected.replace("_", "-") not in {"utf-8", "ascii"}:
            hint = detected.replace("_", "-")
            raise ImportFileError(
                name,
                f"text is not UTF-8 (it looks like {hint}); convert it first, e.g. "
                f"`iconv -f {hint} -t utf-8 '{Path(name).name}' > converted.txt`",
                line=line,
            ) from None
        raise ImportFileError(
            name,
            "text is not valid UTF-8 and its encoding could not be recognised; save it as "
            "UTF-8 (e.g. `iconv -f cp1252 -t utf-8 in.txt > out.txt`)",
            line=line,
        ) from None

    text = text.replace("\r\n", "\n").replace("\r", "\n")
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\t\f\v")
    if controls > max(8, len(text[:8192]) // 100):
        raise ImportFileError(name, "file contains binary data (control characters), not text")
    if not text.strip():
        raise ImportFileError(name, "file contains only whitespace")
    first_line = text.lstrip("\n").split("\n", 1)[0]
    if len(first_line) > MAX_FIRST_LINE_CHARS:
        raise ImportFileError(
            name,
            f"first line is {len(first_line):,} characters long (limit "
            f"{MAX_FIRST_LINE_CHARS:,}): is this minified HTML or a text without line breaks?",
            line=1,
        )
    return SourceText(name=name, text=text, encoding=encoding.replace("-sig", ""))


# Never follow a link, never block on a named pipe, never leak the descriptor.
_OPEN_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
_DIR_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_DIRECTORY | os.O_CLOEXEC
NOT_FOLLOWED = "is a symbolic link; links are not followed, so it was not imported"


def file_kind(mode: int) -> str:
    """What a non-regular file is, in words an editor knows."""
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def refusal(mode: int) -> str:
    """The problem of a path that is not a regular file."""
    if stat.S_ISLNK(mode):
        return NOT_FOLLOWED
    return f"is {file_kind(mode)}, not a regular file, so it was not imported"


def _open_beneath(root: Path, relative: PurePath | None) -> int:
    """Open ``root`` (or the file ``relative`` beneath the folder ``root``)
    without following a link at any step: each folder on the way is opened
    relative to the one before, so a folder swapped for a link between the
    listing and the read cannot lead outside ``root``."""
    if relative is None:
        return os.open(root, _OPEN_FLAGS)
    parts = relative.parts
    if not parts or any(part in {"", ".", ".."} for part in parts):
        raise OSError(errno.EINVAL, "path leaves its folder")
    fd = os.open(root, _DIR_FLAGS)
    try:
        for part in parts[:-1]:
            inner = os.open(part, _DIR_FLAGS, dir_fd=fd)
            os.close(fd)
            fd = inner
        return os.open(parts[-1], _OPEN_FLAGS, dir_fd=fd)
    finally:
        os.close(fd)


def read_file(
    path: Path,
    max_bytes: int | None = None,
    name: str | None = None,
    relative: PurePath | None = None,
) -> SourceText:
    """Read a regular file without loading more than the limit into memory.

    With ``relative``, the file is ``relative`` beneath the folder ``path``.
    Links (the file's or a folder's on the way), pipes, devices and folders
    are refused before a byte is read.
    """
    label = name or str(path if relative is None else path / relative)
    limit = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
    try:
        fd = _open_beneath(path, relative)
    except FileNotFoundError:
        raise ImportFileError(label, "file does not exist") from None
    except PermissionError:
        raise ImportFileError(label, "file cannot be read (permission denied)") from None
    except OSError as exc:
        if exc.errno in {errno.ELOOP, errno.ENOTDIR}:
            raise ImportFileError(label, NOT_FOLLOWED) from None
        raise ImportFileError(label, f"file cannot be opened ({exc.strerror})") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ImportFileError(label, refusal(info.st_mode))
        if info.st_size > limit:
            raise too_big(label, info.st_size, limit)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(limit + 1)  # a file that grew meanwhile is still refused
    except OSError as exc:
        raise ImportFileError(label, f"file cannot be read ({exc.strerror})") from None
    finally:
        os.close(fd)
    return decode_text(data, label, limit)

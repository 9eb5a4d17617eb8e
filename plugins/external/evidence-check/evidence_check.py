#!/usr/bin/env python3
"""evidence-check: an external plumb plugin (Python 3, standard library only).

Checks that the evidence files named by inspection records (spec.items[].evidence) and hazard tickets
(spec.verification.evidence) exist next to the record, are images by their first bytes (JPEG, PNG, GIF,
WebP, HEIC/HEIF/AVIF, TIFF), and were taken no more than `maxDays` days from the inspection date: the
EXIF DateTimeOriginal of a JPEG when present (read from the APP1/TIFF structure here), else the file's
modification time.

Speaks plumb's plugin protocol version 1: JSON lines on stdin/stdout (docs/plugins.md).
"""

import datetime
import json
import os
import struct
import sys

PLUGIN_ID = "evidence-check"
CHECK_ID = "evidence-check.files"
VERSION = "1.0.0"
PROTOCOL_VERSION = 1

DEFAULT_MAX_DAYS = 3
DEFAULT_TYPES = ["jpeg", "png", "gif", "webp", "heic", "avif", "tiff"]
TYPE_NAMES = {"jpeg": "JPEG", "png": "PNG", "gif": "GIF", "webp": "WebP", "heic": "HEIC/HEIF",
              "avif": "AVIF", "tiff": "TIFF", "bmp": "BMP"}
HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}
# The EXIF APP1 segment sits at the start of a JPEG; this much is enough to find it.
EXIF_READ_LIMIT = 256 * 1024


# ---------------------------------------------------------------------------------------------------------
# Images


def image_type(head):
    """The image format of a file from its first bytes, or None."""
    if head[:3] == b"\xff\xd8\xff":
        return "jpeg"
    if head[:8] == b"\x89PNG\r\n\x1a\n":
        return "png"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in HEIF_BRANDS:
            return "heic"
        if brand in (b"avif", b"avis"):
            return "avif"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    if head[:2] == b"BM":
        return "bmp"
    return None


def exif_taken(data):
    """DateTimeOriginal of a JPEG's EXIF block as a datetime, or None (no EXIF, or a malformed one)."""
    if data[:2] != b"\xff\xd8":
        return None
    index = 2
    while index + 4 <= len(data):
        if data[index] != 0xFF:
            return None
        marker = data[index + 1]
        if marker == 0xFF:  # fill byte
            index += 1
            continue
        if marker == 0x01 or 0xD0 <= marker <= 0xD8:  # markers without a length
            index += 2
            continue
        if marker in (0xD9, 0xDA):  # end of image, start of scan: no EXIF before it
            return None
        length = struct.unpack(">H", data[index + 2:index + 4])[0]
        if length < 2:
            return None
        segment = data[index + 4:index + 2 + length]
        if marker == 0xE1 and segment[:6] == b"Exif\x00\x00":
            taken = tiff_date_time_original(segment[6:])
            if taken is not None:
                return taken
        index += 2 + length
    return None


def tiff_date_time_original(tiff):
    """Tag 0x9003 (DateTimeOriginal) of the EXIF sub-IFD of a TIFF structure."""
    if len(tiff) < 8:
        return None
    if tiff[:2] == b"II":
        order = "<"
    elif tiff[:2] == b"MM":
        order = ">"
    else:
        return None
    if struct.unpack(order + "H", tiff[2:4])[0] != 42:
        return None
    ifd0 = struct.unpack(order + "I", tiff[4:8])[0]
    pointer = ifd_entry(tiff, order, ifd0, 0x8769)
    if pointer is None or pointer[0] not in (4, 13):  # LONG or IFD
        return None
    exif_ifd = struct.unpack(order + "I", pointer[2])[0]
    entry = ifd_entry(tiff, order, exif_ifd, 0x9003)
    if entry is None or entry[0] != 2 or entry[1] < 19:  # ASCII "YYYY:MM:DD HH:MM:SS"
        return None
    offset = struct.unpack(order + "I", entry[2])[0]
    raw = tiff[offset:offset + 19]
    try:
        return datetime.datetime.strptime(raw.decode("ascii"), "%Y:%m:%d %H:%M:%S")
    except (UnicodeDecodeError, ValueError):
        return None


def ifd_entry(tiff, order, offset, wanted):
    """(type, count, 4 value bytes) of tag `wanted` in the IFD at `offset`, or None."""
    if offset <= 0 or offset + 2 > len(tiff):
        return None
    count = struct.unpack(order + "H", tiff[offset:offset + 2])[0]
    if count > 1000:
        return None
    for number in range(count):
        start = offset + 2 + number * 12
        if start + 12 > len(tiff):
            return None
        tag, kind, items = struct.unpack(order + "HHI", tiff[start:start + 8])
        if tag == wanted:
            return kind, items, tiff[start + 8:start + 12]
    return None


# ---------------------------------------------------------------------------------------------------------
# Records


def day(text):
    """The date of an ISO date or date-time text, or None."""
    if not isinstance(text, str) or len(text) < 10:
        return None
    try:
        return datetime.date.fromisoformat(text[:10])
    except ValueError:
        return None


def evidence_of(record, kind):
    """(field path, evidence text, reference date, what the date is) for every evidence entry of a record."""
    spec = record.get("spec") if isinstance(record.get("spec"), dict) else {}
    metadata = record.get("metadata") if isinstance(record.get("metadata"), dict) else {}
    found = []
    if kind == "InspectionRecord":
        when = day(metadata.get("date"))
        items = spec.get("items") if isinstance(spec.get("items"), list) else []
        for i, item in enumerate(items):
            evidence = item.get("evidence") if isinstance(item, dict) else None
            if isinstance(evidence, list):
                for j, entry in enumerate(evidence):
                    found.append(("spec.items[%d].evidence[%d]" % (i, j), entry, when, "检查日期"))
    elif kind == "HazardTicket":
        verification = spec.get("verification") if isinstance(spec.get("verification"), dict) else {}
        when, what = day(verification.get("at")), "复查日期"
        if when is None:
            when, what = day(metadata.get("date")), "隐患发现日期"
        evidence = verification.get("evidence")
        if isinstance(evidence, list):
            for j, entry in enumerate(evidence):
                found.append(("spec.verification.evidence[%d]" % j, entry, when, what))
    return found


def check(request):
    """The findings for one request of a `check` message."""
    options = request.get("options") if isinstance(request.get("options"), dict) else {}
    max_days = options.get("maxDays", DEFAULT_MAX_DAYS)
    allowed = options.get("imageTypes", DEFAULT_TYPES)
    check_dates = options.get("checkDates", True)
    record = request.get("record") if isinstance(request.get("record"), dict) else {}
    folder = os.path.dirname(request.get("file") or ".")
    findings = []

    def report(path, message):
        findings.append({"message": message, "path": path})

    for path, entry, when, what in evidence_of(record, request.get("kind")):
        if not isinstance(entry, str) or not entry.strip():
            report(path, "证据路径为空")
            continue
        target = entry if os.path.isabs(entry) else os.path.join(folder, entry)
        if not os.path.exists(target):
            report(path, "证据文件 %s 不存在（相对记录文件所在目录查找）" % entry)
            continue
        if os.path.isdir(target):
            report(path, "证据 %s 是文件夹，不是照片文件" % entry)
            continue
        try:
            with open(target, "rb") as handle:
                data = handle.read(EXIF_READ_LIMIT)
            modified = os.stat(target).st_mtime
        except OSError as error:
            report(path, "证据文件 %s 无法读取：%s" % (entry, error.strerror or error))
            continue
        kind = image_type(data[:32])
        if kind is None:
            report(path, "证据文件 %s 不是图片（文件头不是 JPEG、PNG、GIF、WebP、HEIC 等图片格式）" % entry)
            continue
        if kind not in allowed:
            report(path, "证据文件 %s 是 %s 图片，不在允许的格式（%s）内" % (
                entry, TYPE_NAMES.get(kind, kind), "、".join(TYPE_NAMES.get(t, t) for t in allowed)))
            continue
        if not check_dates or when is None:
            continue
        taken = exif_taken(data) if kind == "jpeg" else None
        if taken is not None:
            taken_day, source = taken.date(), "EXIF 拍摄时间"
        else:
            taken_day, source = datetime.date.fromtimestamp(modified), "文件修改时间"
        apart = abs((taken_day - when).days)
        if apart > max_days:
            report(path, "照片 %s 拍摄于 %s（%s），与%s %s 相差 %d 天，超过 %s 天" % (
                entry, taken_day.isoformat(), source, what, when.isoformat(), apart, max_days))
    return findings


# ---------------------------------------------------------------------------------------------------------
# Protocol


def answer(message):
    """The reply to one message from plumb, or None for shutdown."""
    kind = message.get("type")
    ident = message.get("id")
    if kind == "handshake":
        return {"type": "handshake", "id": ident, "protocolVersion": PROTOCOL_VERSION, "plugin": PLUGIN_ID,
                "version": VERSION, "checks": [CHECK_ID]}
    if kind == "check":
        results = []
        for request in message.get("requests") or []:
            index = request.get("index")
            if request.get("check") != CHECK_ID:
                results.append({"index": index, "error": "unknown check %r" % request.get("check")})
                continue
            try:
                results.append({"index": index, "findings": check(request)})
            except Exception as error:  # one bad record must not stop the others
                results.append({"index": index, "error": "%s: %s" % (type(error).__name__, error)})
        return {"type": "result", "id": ident, "results": results}
    if kind == "shutdown":
        return None
    return {"type": "error", "id": ident, "message": "unknown message type %r" % kind}


def main():
    reader = open(sys.stdin.fileno(), "r", encoding="utf-8", closefd=False)
    writer = open(sys.stdout.fileno(), "w", encoding="utf-8", closefd=False)
    while True:
        line = reader.readline()
        if not line:
            return 0  # plumb closed our input: the run is over
        if not line.strip():
            continue
        try:
            message = json.loads(line)
        except ValueError as error:
            print("evidence-check: not JSON: %s" % error, file=sys.stderr)
            return 2
        reply = answer(message)
        if reply is None:
            return 0
        writer.write(json.dumps(reply, ensure_ascii=False) + "\n")
        writer.flush()


if __name__ == "__main__":
    sys.exit(main())

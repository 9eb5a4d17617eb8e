#!/usr/bin/env python3
"""Writes the example photos that plugin.yaml's examples name (run from this folder: python3 make_photos.py).

Each JPEG is a minimal 1x1 grey baseline image with an EXIF block holding DateTimeOriginal, so the examples
do not depend on file modification times (which a checkout resets).
"""

import struct
import zlib


def exif_app1(taken):
    """An APP1 segment: Exif header, little-endian TIFF, IFD0 -> Exif IFD -> DateTimeOriginal."""
    text = taken.encode("ascii") + b"\x00"  # "YYYY:MM:DD HH:MM:SS" + NUL = 20 bytes
    tiff = b"II*\x00" + struct.pack("<I", 8)
    tiff += struct.pack("<H", 1) + struct.pack("<HHII", 0x8769, 4, 1, 26) + struct.pack("<I", 0)
    tiff += struct.pack("<H", 1) + struct.pack("<HHII", 0x9003, 2, len(text), 44) + struct.pack("<I", 0)
    tiff += text
    body = b"Exif\x00\x00" + tiff
    return b"\xff\xe1" + struct.pack(">H", len(body) + 2) + body


def jpeg(taken=None):
    """A 1x1 grey baseline JPEG, with an EXIF DateTimeOriginal when `taken` is given."""
    quantisation = b"\xff\xdb" + struct.pack(">H", 67) + b"\x00" + b"\x01" * 64
    frame = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, 1, 1, 1) + b"\x01\x11\x00"
    huffman_dc = b"\xff\xc4" + struct.pack(">H", 20) + b"\x00" + b"\x01" + b"\x00" * 15 + b"\x00"
    huffman_ac = b"\xff\xc4" + struct.pack(">H", 20) + b"\x10" + b"\x01" + b"\x00" * 15 + b"\x00"
    scan = b"\xff\xda" + struct.pack(">HB", 8, 1) + b"\x01\x00" + b"\x00\x3f\x00"
    # DC difference 0 (code 0), end of block (code 0), padded with ones.
    data = b"\x3f"
    return (b"\xff\xd8" + (exif_app1(taken) if taken else b"") + quantisation + frame + huffman_dc + huffman_ac
            + scan + data + b"\xff\xd9")


def png():
    """A 1x1 grey PNG."""
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\x80")) + chunk(b"IEND", b"")


if __name__ == "__main__":
    files = {
        "photos/site-2026-11-03.jpg": jpeg("2026:11:03 09:12:00"),
        "photos/fixed-2026-11-05.jpg": jpeg("2026:11:05 15:40:00"),
        "photos/stale-2026-10-01.jpg": jpeg("2026:10:01 08:00:00"),
        "photos/site.png": png(),
        "photos/not-a-photo.jpg": "现场照片待补充（这是一个文本文件，不是照片）\n".encode("utf-8"),
    }
    for name, content in files.items():
        with open(name, "wb") as handle:
            handle.write(content)
        print("wrote", name, len(content), "bytes")

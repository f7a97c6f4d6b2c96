"""Draws the app's install icons (public/icon-*.png) from the same design as
public/favicon.svg: a green disc and a white leaf stroke. Plain Python (zlib
for PNG), so that no image tool is needed; run it after changing the design:

    python3 tools/icons.py
"""
import math
import struct
import zlib
from pathlib import Path

GREEN = (0x1B, 0x6E, 0x53)
WHITE = (0xFF, 0xFF, 0xFF)


def cubic(p0, p1, p2, p3, steps=24):
    out = []
    for i in range(steps + 1):
        t = i / steps
        a = (1 - t) ** 3
        b = 3 * (1 - t) ** 2 * t
        c = 3 * (1 - t) * t**2
        d = t**3
        out.append((a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1]))
    return out


# The favicon's path, "M9 19c3-8 11-10 15-9-1 5-5 12-13 11l-2 3", in its
# 32-unit box.
LEAF = cubic((9, 19), (12, 11), (20, 9), (24, 10)) + cubic((24, 10), (23, 15), (19, 22), (11, 21))[1:] + [(9, 24)]
SEGMENTS = list(zip(LEAF, LEAF[1:]))


def distance(px, py, a, b):
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy or 1)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def draw(size, maskable):
    """RGBA rows. `maskable`: a full green square, the design shrunk into
    the safe zone (the middle 80% circle); else the disc on transparency."""
    scale = size / 32
    shrink = 0.72 if maskable else 1.0
    samples = 3
    rows = []
    for y in range(size):
        row = bytearray()
        for x in range(size):
            disc = leaf = 0
            for sy in range(samples):
                for sx in range(samples):
                    # The point in the favicon's 32-unit box.
                    ux = ((x + (sx + 0.5) / samples) / scale - 16) / shrink + 16
                    uy = ((y + (sy + 0.5) / samples) / scale - 16) / shrink + 16
                    if maskable or math.hypot(ux - 16, uy - 16) <= 15:
                        disc += 1
                    if min(distance(ux, uy, a, b) for a, b in SEGMENTS) <= 1.25:
                        leaf += 1
            n = samples * samples
            alpha = disc / n
            mix = leaf / n
            colour = [round(GREEN[i] * (1 - mix) + WHITE[i] * mix) for i in range(3)]
            row += bytes(colour) + bytes([round(255 * max(alpha, mix if not maskable else 1))])
        rows.append(bytes(row))
    return rows


def png(rows, size):
    raw = b"".join(b"\x00" + r for r in rows)
    chunk = lambda kind, data: struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    public = Path(__file__).resolve().parent.parent / "public"
    for name, size, maskable in [("icon-192.png", 192, False), ("icon-512.png", 512, False), ("icon-maskable-512.png", 512, True)]:
        (public / name).write_bytes(png(draw(size, maskable), size))
        print(name)

#!/usr/bin/env python3
"""Draws Dossier's app icon (a document with a small network on a blue tile) as PNGs, with no dependencies.

Run from this folder: `python3 make_icon.py`. Writes icon-{16,32,48,64,128,256,512}.png.
"""
import math
import struct
import zlib

def rounded_rect(x, y, x0, y0, x1, y1, r):
    cx = min(max(x, x0 + r), x1 - r)
    cy = min(max(y, y0 + r), y1 - r)
    return math.hypot(x - cx, y - cy) <= r and x0 <= x <= x1 and y0 <= y <= y1

def segment_distance(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))

NODES = [((0.60, 0.60), 0.085, (242, 165, 65)), ((0.80, 0.38), 0.065, (232, 104, 74)),
         ((0.80, 0.80), 0.065, (91, 192, 190))]

def color_at(x, y):
    """The colour (r, g, b, a) of the point (x, y) in the unit square."""
    if not rounded_rect(x, y, 0.02, 0.02, 0.98, 0.98, 0.2):
        return (0, 0, 0, 0)
    t = y
    c = (int(31 + 15 * t), int(78 + 39 * t), int(121 + 61 * t), 255)
    # The sheet of paper, with its top-right corner folded.
    if 0.20 <= x <= 0.62 and 0.14 <= y <= 0.84 and (x - 0.50) - (y - 0.14) <= 0.0:
        c = (250, 250, 247, 255)
        if (x - 0.50) - (y - 0.14) > -0.02:
            c = (205, 212, 220, 255)
        for ly in (0.34, 0.44, 0.54, 0.64):
            if abs(y - ly) <= 0.018 and 0.27 <= x <= (0.55 if ly < 0.6 else 0.44):
                c = (150, 160, 175, 255)
    for (a, _, _), (b, _, _) in [(NODES[0], NODES[1]), (NODES[0], NODES[2]), (NODES[1], NODES[2])]:
        if segment_distance(x, y, a[0], a[1], b[0], b[1]) <= 0.018:
            c = (255, 255, 255, 255)
    for (nx, ny), r, rgb in NODES:
        d = math.hypot(x - nx, y - ny)
        if d <= r + 0.02:
            c = (255, 255, 255, 255)
        if d <= r:
            c = rgb + (255,)
    return c

def render(size, samples=3):
    rows = []
    for j in range(size):
        row = bytearray()
        for i in range(size):
            acc = [0, 0, 0, 0]
            for sj in range(samples):
                for si in range(samples):
                    r, g, b, a = color_at((i + (si + 0.5) / samples) / size, (j + (sj + 0.5) / samples) / size)
                    acc[0] += r * a
                    acc[1] += g * a
                    acc[2] += b * a
                    acc[3] += a
            n = samples * samples
            alpha = acc[3] / n
            if acc[3]:
                row += bytes((round(acc[0] / acc[3]), round(acc[1] / acc[3]), round(acc[2] / acc[3]), round(alpha)))
            else:
                row += bytes(4)
        rows.append(bytes(row))
    return rows

def write_png(path, rows):
    size = len(rows)
    raw = b"".join(b"\x00" + r for r in rows)
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)

if __name__ == "__main__":
    for size in (16, 32, 48, 64, 128, 256, 512):
        write_png(f"icon-{size}.png", render(size, 4 if size <= 64 else 2))

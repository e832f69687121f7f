"""Inline SVG charts: the report must render offline, so no chart library is loaded from a CDN."""

from __future__ import annotations

from html import escape

from core.packs import domain_color
from core.palette import PALETTE


def funnel(stages: list[dict], width: int = 760, row: int = 34) -> str:
    """One horizontal stacked bar per stage: kept, modified, dropped, quarantined, scaled to the first stage."""
    if not stages:
        return ""
    label_w, pad = 80, 6
    scale = (width - label_w - 140) / max(s["in"] for s in stages)
    height = row * len(stages) + 30
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="Documents per stage">'
    ]
    for i, s in enumerate(stages):
        y = i * row + pad
        parts.append(f'<text x="0" y="{y + row / 2}" dominant-baseline="middle">{escape(s["name"])}</text>')
        x = float(label_w)
        for part in ("kept", "modified", "dropped", "quarantined"):
            w = s[part] * scale
            if w > 0:
                parts.append(
                    f'<rect x="{x:.1f}" y="{y}" width="{max(w, 1):.1f}" height="{row - 2 * pad}" '
                    f'fill="{PALETTE[part]}"><title>{part}: {s[part]}</title></rect>'
                )
                x += w
        summary = f"{s['in']} in → {s['kept'] + s['modified']} out"
        parts.append(
            f'<text x="{x + 8:.1f}" y="{y + row / 2}" dominant-baseline="middle" class="muted">{summary}</text>'
        )
    legend_y = row * len(stages) + 18
    x = label_w
    for part in ("kept", "modified", "dropped", "quarantined"):
        parts.append(f'<rect x="{x}" y="{legend_y - 9}" width="10" height="10" fill="{PALETTE[part]}"/>')
        parts.append(f'<text x="{x + 14}" y="{legend_y}">{part}</text>')
        x += 110
    parts.append("</svg>")
    return "".join(parts)


def bars(
    values: dict[str, float], unit: str = "", width: int = 520, row: int = 26, fmt: str = "{:,.0f}"
) -> str:
    """Simple horizontal bars, one per key, coloured by domain where the key is one."""
    if not values:
        return ""
    label_w = 150
    top = max(values.values()) or 1
    scale = (width - label_w - 110) / top
    height = row * len(values) + 8
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img">']
    for i, (key, v) in enumerate(values.items()):
        y = i * row + 4
        color = domain_color(key)
        parts.append(f'<text x="0" y="{y + row / 2}" dominant-baseline="middle">{escape(key)}</text>')
        parts.append(
            f'<rect x="{label_w}" y="{y + 3}" width="{max(v * scale, 1):.1f}" height="{row - 8}" fill="{color}"/>'
        )
        parts.append(
            f'<text x="{label_w + v * scale + 6:.1f}" y="{y + row / 2}" dominant-baseline="middle" class="muted">'
            f"{fmt.format(v)}{unit}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def line(points: list[tuple[float, float]], width: int = 520, height: int = 200, label: str = "loss") -> str:
    if len(points) < 2:
        return ""
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    pad = 36
    sx = (width - 2 * pad) / ((x1 - x0) or 1)
    sy = (height - 2 * pad) / ((y1 - y0) or 1)
    path = " ".join(
        f"{'M' if i == 0 else 'L'}{pad + (x - x0) * sx:.1f},{height - pad - (y - y0) * sy:.1f}"
        for i, (x, y) in enumerate(points)
    )
    return (
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(label)}">'
        f'<line x1="{pad}" y1="{height - pad}" x2="{width - pad}" y2="{height - pad}" stroke="#999"/>'
        f'<line x1="{pad}" y1="{pad}" x2="{pad}" y2="{height - pad}" stroke="#999"/>'
        f'<path d="{path}" fill="none" stroke="#1565c0" stroke-width="2"/>'
        f'<text x="{pad}" y="{pad - 10}" class="muted">{escape(label)} {y1:.2f} → {ys[-1]:.2f}</text>'
        f'<text x="{width - pad}" y="{height - 10}" text-anchor="end" class="muted">step {x1:.0f}</text>'
        "</svg>"
    )

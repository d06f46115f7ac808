"""Draw the app icon (resources/icons/kennisnet.png and .ico): a small knowledge network.

Run: .venv/bin/python packaging/make_icon.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

SIZE = 1024
TEAL = (47, 93, 98)
LIGHT = (233, 241, 239)
ORANGE = (232, 141, 52)


def draw() -> Image.Image:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((32, 32, SIZE - 32, SIZE - 32), radius=200, fill=TEAL)
    nodes = {
        "hub": (512, 470, 120),
        "a": (250, 280, 70),
        "b": (790, 300, 70),
        "c": (270, 720, 70),
        "d": (760, 740, 70),
        "e": (520, 830, 55),
    }
    for a, b in (("a", "hub"), ("b", "hub"), ("c", "hub"), ("d", "hub"), ("e", "d"), ("e", "c")):
        x1, y1, _ = nodes[a]
        x2, y2, _ = nodes[b]
        pen.line((x1, y1, x2, y2), fill=LIGHT, width=34)
    for name, (x, y, r) in nodes.items():
        colour = ORANGE if name == "hub" else LIGHT
        pen.ellipse((x - r, y - r, x + r, y + r), fill=colour, outline=TEAL, width=14)
    return image


def main() -> None:
    folder = Path(__file__).resolve().parent.parent / "resources" / "icons"
    folder.mkdir(parents=True, exist_ok=True)
    image = draw()
    image.resize((256, 256), Image.LANCZOS).save(folder / "kennisnet.png")
    image.save(folder / "kennisnet.ico", sizes=[(16, 16), (32, 32), (48, 48), (64, 64), (256, 256)])
    print(f"wrote {folder}/kennisnet.png and .ico")


if __name__ == "__main__":
    main()

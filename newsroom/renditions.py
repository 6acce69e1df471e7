"""Resized copies of uploaded pictures ("renditions"), made once when a picture
or its focal point is saved and kept in the file storage beside it.

A ``RenditionsField`` sits next to an image field. When the row is saved and
the picture, its focal point or the rendition plan has changed, it writes the
renditions (WebP, and the original's format as a fallback, at each width of
its plan, plus a 1200×630 Open Graph image) through django-imagekit, and
keeps their names and sizes in the row itself. Pages read that column only:
no query, no file-existence check and no image work on any request; the
storage's ``url()`` is the only call, and it touches no network. A picture
saved before renditions existed is shown as uploaded until
``manage.py make_renditions`` writes its set.

The stored file is checked again with the upload checks before it is decoded
(a file restored from a backup or written by a script went through no form),
and every rendition is a fresh encode of decoded pixels: no byte or metadata
of the source is copied. An animation keeps its original, re-encoded at
upload, rather than being frozen into stills.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import models
from imagekit.cachefiles import ImageCacheFile
from imagekit.specs import ImageSpec
from imagekit.utils import process_image
from PIL import Image

from newsroom.images import check_raster_image

logger = logging.getLogger(__name__)

# Bump when a plan's widths, crops or encoder options change: every row's key
# then differs, and ``make_renditions`` writes the new sets.
PLAN_VERSION = 1
OPEN_GRAPH_SIZE = (1200, 630)
WHITE = (255, 255, 255)
SAVE_OPTIONS = {
    "WEBP": {"quality": 78, "method": 4},
    "JPEG": {"quality": 82, "optimize": True, "progressive": True},
    "PNG": {"optimize": True},
}
MIME_TYPES = {"WEBP": "image/webp", "JPEG": "image/jpeg", "PNG": "image/png"}


# Processors (pilkit's interface: ``process(image) -> image``). Frozen
# dataclasses, so that imagekit's hash of a spec, and with it the file's
# name, changes exactly when one of their numbers does.


@dataclass(frozen=True)
class FocalFill:
    """Crop to the aspect of ``width``×``height`` around the focal point (kept
    as near the centre as the picture's edges allow), then resize to it."""

    width: int
    height: int
    focus_x: float
    focus_y: float

    def process(self, image: Image.Image) -> Image.Image:
        box = focal_box(image.size, self.width / self.height, self.focus_x, self.focus_y)
        return image.resize(
            (self.width, self.height), Image.Resampling.LANCZOS, box=box, reducing_gap=3.0
        )


@dataclass(frozen=True)
class Fit:
    """Resize to exactly ``width``×``height`` (the caller keeps the aspect)."""

    width: int
    height: int

    def process(self, image: Image.Image) -> Image.Image:
        if image.size == (self.width, self.height):
            return image
        return image.resize((self.width, self.height), Image.Resampling.LANCZOS, reducing_gap=3.0)


@dataclass(frozen=True)
class OnCanvas:
    """Centre the picture on a white canvas of ``width``×``height``."""

    width: int
    height: int

    def process(self, image: Image.Image) -> Image.Image:
        canvas = Image.new("RGBA", (self.width, self.height), WHITE + (255,))
        picture = image.convert("RGBA")
        offset = ((self.width - image.width) // 2, (self.height - image.height) // 2)
        canvas.alpha_composite(picture, offset)
        return canvas


@dataclass(frozen=True)
class Flatten:
    """Transparent parts on white, for a format without transparency."""

    def process(self, image: Image.Image) -> Image.Image:
        if image.mode in {"RGB", "L"}:
            return image
        canvas = Image.new("RGBA", image.size, WHITE + (255,))
        canvas.alpha_composite(image.convert("RGBA"))
        return canvas.convert("RGB")


def focal_box(size, aspect: float, focus_x: float, focus_y: float) -> tuple[int, int, int, int]:
    """The largest box of ``aspect`` in ``size`` centred on the focal point,
    moved inside the picture where the point is near an edge."""
    width, height = size
    if width / height > aspect:
        crop_w, crop_h = round(height * aspect), height
    else:
        crop_w, crop_h = width, round(width / aspect)
    left = min(max(round(focus_x * width - crop_w / 2), 0), width - crop_w)
    top = min(max(round(focus_y * height - crop_h / 2), 0), height - crop_h)
    return left, top, left + crop_w, top + crop_h


class RenditionSpec(ImageSpec):
    """One rendition: imagekit names it by a hash of the source's name and the
    processors, and saves it through the source's storage. Made from pixels
    decoded once for the whole set (``image``), not by reopening the source."""

    cachefile_strategy = "imagekit.cachefiles.strategies.Optimistic"

    def __init__(self, source, image: Image.Image, processors: list, image_format: str):
        self.image = image
        self.processors = processors
        self.format = image_format
        self.options = SAVE_OPTIONS[image_format]
        super().__init__(source=source)

    def generate(self):
        return process_image(
            self.image, processors=self.processors, format=self.format, options=self.options
        )


@dataclass(frozen=True)
class Plan:
    """What to make of one kind of picture.

    ``aspect``: crop to this width/height around the focal point (a hero) or,
    when None, keep the whole picture and fit it in ``widths`` square boxes (a
    logo, never cropped). ``widths`` larger than the picture are left out.
    """

    name: str
    widths: tuple[int, ...]
    aspect: float | None

    def sizes(self, width: int, height: int) -> list[tuple[int, int]]:
        if self.aspect:
            crop_w = min(width, round(height * self.aspect))
            wanted = [w for w in self.widths if w <= crop_w] or [crop_w]
            return [(w, max(1, round(w / self.aspect))) for w in wanted]
        sizes = []
        for box in self.widths:
            ratio = min(box / width, box / height, 1)
            size = (max(1, round(width * ratio)), max(1, round(height * ratio)))
            if size not in sizes:
                sizes.append(size)
        return sizes

    def resize(self, size: tuple[int, int], focus: tuple[float, float]):
        return FocalFill(*size, *focus) if self.aspect else Fit(*size)

    def open_graph(self, source_size: tuple[int, int], focus: tuple[float, float]) -> list:
        if self.aspect:
            return [FocalFill(*OPEN_GRAPH_SIZE, *focus), Flatten()]
        # A logo is shown whole, at most half the card's width, on white.
        ratio = min(560 / source_size[0], 420 / source_size[1], 1)
        fitted = (max(1, round(source_size[0] * ratio)), max(1, round(source_size[1] * ratio)))
        return [Fit(*fitted), OnCanvas(*OPEN_GRAPH_SIZE), Flatten()]


HERO = Plan("hero", widths=(320, 640, 960, 1280), aspect=16 / 9)
LOGO = Plan("logo", widths=(96, 192, 384), aspect=None)


def fallback_format(source_format: str, has_alpha: bool) -> str:
    """The format of the ``<img>`` beside the WebP ``<source>``: the original's,
    except that a GIF still becomes PNG (GIF's 256 colours blotch a resized
    photo) and a WebP original falls back to PNG or JPEG."""
    if source_format == "JPEG":
        return "JPEG"
    if source_format == "WEBP" and not has_alpha:
        return "JPEG"
    return "PNG"


def rendition_key(file, focus: tuple[float, float], plan: Plan) -> str:
    """What a stored set was made from; a different key means a new set."""
    described = json.dumps([PLAN_VERSION, plan.name, file.name, focus])
    return hashlib.sha256(described.encode()).hexdigest()[:24]


def make_renditions(file, focus: tuple[float, float], plan: Plan) -> dict:
    """Write the renditions of ``file`` (a stored FieldFile) and describe them:
    ``{"key", "webp": [[name, w, h]…], "fallback": {"type", "files"}, "og"}``.
    An empty dict when there is nothing to make (an animation)."""
    with file.storage.open(file.name, "rb") as stored:
        check_raster_image(stored)
        with Image.open(stored) as opened:
            if getattr(opened, "is_animated", False):
                return {}
            source_format = opened.format
            opened.load()
            has_alpha = opened.mode in {"RGBA", "LA", "PA"} or "transparency" in opened.info
            image = opened.convert("RGBA" if has_alpha else "RGB")
    fallback = fallback_format(source_format, has_alpha)

    def write(processors, image_format):
        spec = RenditionSpec(file, image, processors, image_format)
        cached = ImageCacheFile(spec, storage=file.storage)
        cached.generate()
        return cached.name

    sizes = plan.sizes(*image.size)
    webp, fallbacks = [], []
    for size in sizes:
        resize = plan.resize(size, focus)
        webp.append([write([resize], "WEBP"), *size])
        steps = [resize] if fallback == "PNG" else [resize, Flatten()]
        fallbacks.append([write(steps, fallback), *size])
    og = [write(plan.open_graph(image.size, focus), "JPEG"), *OPEN_GRAPH_SIZE]
    return {
        "key": rendition_key(file, focus, plan),
        "webp": webp,
        "fallback": {"type": MIME_TYPES[fallback], "files": fallbacks},
        "og": og,
    }


@dataclass(frozen=True)
class Candidate:
    url: str
    width: int
    height: int


@dataclass(frozen=True)
class Picture:
    """What a page needs to show a picture: ``<picture>`` with a WebP source
    and a fallback ``<img>``, each with its ``srcset``, and the Open Graph copy.
    Without renditions (not made yet), the original alone."""

    webp: tuple[Candidate, ...]
    fallback: tuple[Candidate, ...]
    fallback_type: str
    open_graph: Candidate | None

    @classmethod
    def of(cls, file, renditions: dict | None, width=None, height=None) -> Picture | None:
        if not file:
            return None
        storage = file.storage

        def candidates(entries):
            return tuple(Candidate(storage.url(name), w, h) for name, w, h in entries)

        if renditions and renditions.get("webp"):
            og = renditions.get("og")
            return cls(
                webp=candidates(renditions["webp"]),
                fallback=candidates(renditions["fallback"]["files"]),
                fallback_type=renditions["fallback"]["type"],
                open_graph=Candidate(storage.url(og[0]), og[1], og[2]) if og else None,
            )
        original = Candidate(file.url, width or 0, height or 0)
        return cls(webp=(), fallback=(original,), fallback_type="", open_graph=None)

    @property
    def webp_srcset(self) -> str:
        return ", ".join(f"{c.url} {c.width}w" for c in self.webp)

    @property
    def srcset(self) -> str:
        if not self.webp:
            return ""
        return ", ".join(f"{c.url} {c.width}w" for c in self.fallback)

    @property
    def src(self) -> Candidate:
        """The fallback ``src``: the largest up to 640 px wide (a browser that
        reads ``srcset`` picks its own)."""
        fitting = [c for c in self.fallback if c.width <= 640]
        return fitting[-1] if fitting else self.fallback[0]

    @property
    def largest(self) -> Candidate:
        return self.fallback[-1]


class RenditionsField(models.JSONField):
    """The renditions of ``source`` (an image field declared before this one),
    made on save when the picture or its focal point changed.

    ``focus``: the names of two 0–100 fields (horizontal, vertical percent), or
    None for pictures that are never cropped.
    """

    def __init__(self, *args, source: str = "", plan: Plan | None = None, focus=None, **kwargs):
        self.source, self.plan, self.focus = source, plan, focus
        kwargs.setdefault("default", dict)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("editable", False)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.JSONField", args, kwargs

    def focus_of(self, instance) -> tuple[float, float]:
        if not self.focus:
            return (0.5, 0.5)
        return tuple(getattr(instance, name) / 100 for name in self.focus)

    def is_current(self, instance) -> bool:
        file = getattr(instance, self.source)
        stored = getattr(instance, self.attname) or {}
        if not file:
            return not stored
        return stored.get("key") == rendition_key(file, self.focus_of(instance), self.plan)

    def pre_save(self, instance, add):
        if not self.is_current(instance):
            self.refresh(instance)
        return super().pre_save(instance, add)

    def refresh(self, instance) -> None:
        """Make the set for the picture as it is now. The previous set's files
        stay, as a replaced original does: a page cached before the save and a
        revision restored later both still name them."""
        file = getattr(instance, self.source)
        new = {}
        if file:
            try:
                new = make_renditions(file, self.focus_of(instance), self.plan)
            except (OSError, ValueError, ValidationError, Image.DecompressionBombError) as error:
                # The page shows the original instead; the save itself stands.
                logger.warning("No renditions of %s: %s", file.name, error)
                new = {"key": rendition_key(file, self.focus_of(instance), self.plan)}
        setattr(instance, self.attname, new)

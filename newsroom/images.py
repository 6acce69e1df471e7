"""Uploaded images: only real raster images, of bounded size, without metadata.

``RasterImageField`` is the model field for every uploaded picture. Its form
field reads the image header before Pillow decodes anything, so an oversized
file or a decompression bomb is refused with a clear form error; SVG and
files that only pretend to be images are refused because Pillow cannot open
them as one of the allowed raster formats. On save the image is re-encoded
without its EXIF and XMP blocks (camera serial numbers, GPS position), with the
EXIF orientation applied first so that the picture stays upright; animated GIF,
WebP and PNG are re-encoded frame by frame, so nothing of the uploaded bytes
(metadata, a trailer of HTML after the image) is stored.
"""

from __future__ import annotations

import io
import warnings

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models
from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

ALLOWED_FORMATS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp"}


def max_bytes() -> int:
    return getattr(settings, "NEWSROOM_IMAGE_MAX_BYTES", 10 * 1024 * 1024)


def max_pixels() -> int:
    return getattr(settings, "NEWSROOM_IMAGE_MAX_PIXELS", 40_000_000)


# An animation is decoded whole to be re-encoded: its frames together may hold
# this many times the pixels of a still image.
ANIMATION_PIXEL_FACTOR = 4


def check_raster_image(upload) -> None:
    """Raise ValidationError unless ``upload`` is an allowed raster image
    within the size and pixel limits. Reads only the header."""
    size = getattr(upload, "size", None)
    if size is not None and size > max_bytes():
        raise ValidationError(
            f"The image is {size / 1_048_576:.1f} MB; the limit is "
            f"{max_bytes() / 1_048_576:.0f} MB. Please upload a smaller file.",
            code="image_too_large",
        )
    position = upload.tell() if hasattr(upload, "tell") else 0
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(upload)
            image_format, (width, height) = image.format, image.size
            frames = getattr(image, "n_frames", 1)
    except (UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError(
            "This file is not a picture we can use: upload a JPEG, PNG, GIF or WebP image "
            "(SVG and other formats are not accepted).",
            code="not_an_image",
        ) from None
    except OSError as error:
        raise ValidationError(
            f"The image could not be read ({error}).", code="broken_image"
        ) from None
    finally:
        if hasattr(upload, "seek"):
            upload.seek(position)
    if image_format not in ALLOWED_FORMATS:
        raise ValidationError(
            f"{image_format or 'This'} images are not accepted: upload a JPEG, PNG, GIF or WebP.",
            code="format_not_allowed",
        )
    if width * height > max_pixels():
        raise ValidationError(
            f"The image is {width}×{height} pixels ({width * height / 1e6:.0f} megapixels); "
            f"the limit is {max_pixels() / 1e6:.0f} megapixels. Please resize it.",
            code="too_many_pixels",
        )
    if frames > 1 and frames * width * height > ANIMATION_PIXEL_FACTOR * max_pixels():
        raise ValidationError(
            f"The animation has {frames} frames of {width}×{height} pixels "
            f"({frames * width * height / 1e6:.0f} megapixels in all); the limit is "
            f"{ANIMATION_PIXEL_FACTOR * max_pixels() / 1e6:.0f}. Please shorten or resize it.",
            code="too_many_frames",
        )


def _animation(original: Image.Image, image_format: str, options: dict) -> bytes:
    """Every frame decoded and written again, with its timing and nothing else."""
    frames, durations = [], []
    for frame in ImageSequence.Iterator(original):
        durations.append(frame.info.get("duration", 100))
        frames.append(frame.convert("RGBA"))
    options = {**options, "save_all": True, "append_images": frames[1:], "duration": durations}
    options["loop"] = original.info.get("loop", 0)
    if image_format == "GIF":
        options["disposal"] = 2
    buffer = io.BytesIO()
    frames[0].save(buffer, format=image_format, **options)
    return buffer.getvalue()


def without_metadata(upload) -> ContentFile:
    """The image re-encoded in its own format, upright, without EXIF or XMP."""
    upload.seek(0)
    with Image.open(upload) as original:
        image_format = original.format
        icc_profile = original.info.get("icc_profile")
        options = {"icc_profile": icc_profile} if icc_profile else {}
        if getattr(original, "is_animated", False):
            return ContentFile(_animation(original, image_format, options))
        image = ImageOps.exif_transpose(original)
        if image_format == "JPEG":
            options.update(quality=90, optimize=True)
            if image.mode not in {"RGB", "L", "CMYK"}:
                image = image.convert("RGB")
        buffer = io.BytesIO()
        image.save(buffer, format=image_format, **options)
    return ContentFile(buffer.getvalue())


class RasterImageFormField(forms.ImageField):
    def to_python(self, data):
        if data not in self.empty_values and hasattr(data, "read"):
            check_raster_image(data)
        return super().to_python(data)


class RasterImageField(models.ImageField):
    """An ImageField that accepts only safe raster images and strips metadata."""

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": RasterImageFormField, **kwargs})

    def pre_save(self, model_instance, add):
        file = getattr(model_instance, self.attname)
        if file and not file._committed:
            check_raster_image(file.file)
            cleaned = without_metadata(file.file)
            file.save(file.name, cleaned, save=False)
            self.update_dimension_fields(model_instance, force=True)
        return super().pre_save(model_instance, add)

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.ImageField", args, kwargs

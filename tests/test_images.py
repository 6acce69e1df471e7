"""Uploads: only real raster images within limits, stored without metadata."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from newsroom.models import Partner

pytestmark = pytest.mark.django_db


def image_bytes(fmt="PNG", size=(8, 6), mode="RGB", **save_options) -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size).save(buffer, format=fmt, **save_options)
    return buffer.getvalue()


def upload_logo(client, data: bytes, name="logo.png", content_type="image/png"):
    return client.post(
        reverse("admin:newsroom_partner_add"),
        {
            "name": "Sichuan University",
            "slug": "sichuan-university",
            "kind": "university",
            "logo": SimpleUploadedFile(name, data, content_type=content_type),
        },
    )


def logo_error(response) -> str:
    assert response.status_code == 200, "the form should have been refused"
    return " ".join(response.context["adminform"].form.errors["logo"])


SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><circle r="4"/></svg>'


@pytest.mark.parametrize(
    "data,name",
    [
        (SVG, "logo.svg"),
        (SVG, "logo.png"),
        (b"<html><script>alert(1)</script></html>", "logo.png"),
        (b"GIF89a" + b"\x00" * 20, "logo.gif"),
        (b"%PDF-1.4 not an image", "logo.jpg"),
    ],
)
def test_non_raster_and_disguised_files_are_refused(editor_client, data, name):
    message = logo_error(upload_logo(editor_client, data, name))
    assert "Upload a valid image" in message or "not a picture we can use" in message
    assert not Partner.objects.exists()


def test_other_raster_formats_are_refused_by_name(editor_client):
    message = logo_error(upload_logo(editor_client, image_bytes("BMP"), "logo.bmp"))
    assert "BMP images are not accepted" in message


def test_too_large_file_is_refused(editor_client, settings):
    settings.NEWSROOM_IMAGE_MAX_BYTES = 1000
    data = image_bytes("PNG", size=(300, 300), mode="RGB")
    data += b"\x00" * 2000  # trailing bytes keep it a PNG but push it over the limit
    message = logo_error(upload_logo(editor_client, data))
    assert "the limit is 0 MB" in message or "limit is" in message


def test_too_many_pixels_is_refused_with_a_form_error(editor_client, settings):
    settings.NEWSROOM_IMAGE_MAX_PIXELS = 1_000_000
    data = image_bytes("PNG", size=(2000, 1000), mode="1")
    message = logo_error(upload_logo(editor_client, data))
    assert "2000×1000 pixels" in message and "limit is 1 megapixels" in message


def test_decompression_bomb_is_refused_not_a_500(editor_client):
    data = image_bytes("PNG", size=(20000, 10000), mode="1")  # 200 megapixels, a few KB
    message = logo_error(upload_logo(editor_client, data))
    assert "megapixels" in message or "not a picture we can use" in message


def test_exif_location_is_removed_and_file_renamed(editor_client):
    exif = Image.Exif()
    exif[0x010F] = "CameraMaker"  # Make
    exif[0x8825] = {1: "N", 2: (13.0, 44.0, 0.0), 3: "E", 4: (100.0, 30.0, 0.0)}  # GPS IFD
    data = image_bytes("JPEG", size=(40, 30), exif=exif)
    assert Image.open(io.BytesIO(data)).getexif().get_ifd(0x8825)

    response = upload_logo(
        editor_client, data, name="my secret trip.jpg", content_type="image/jpeg"
    )
    assert response.status_code == 302
    partner = Partner.objects.get()
    assert partner.logo.name.startswith("partners/") and "secret" not in partner.logo.name
    with partner.logo.open("rb") as stored:
        image = Image.open(stored)
        assert image.format == "JPEG"
        assert not image.getexif().get_ifd(0x8825)
        assert 0x010F not in image.getexif()
    assert (partner.logo_width, partner.logo_height) == (40, 30)


def test_exif_orientation_is_applied_before_stripping(editor_client):
    exif = Image.Exif()
    exif[0x0112] = 6  # rotated 90° clockwise
    data = image_bytes("JPEG", size=(40, 20), exif=exif)
    assert upload_logo(editor_client, data, "photo.jpg", "image/jpeg").status_code == 302
    partner = Partner.objects.get()
    assert (partner.logo_width, partner.logo_height) == (20, 40)


def animation_bytes(fmt: str, frames: int = 3, size=(12, 10), **save_options) -> bytes:
    images = [Image.new("RGB", size, (40 * i, 90, 200)) for i in range(frames)]
    buffer = io.BytesIO()
    images[0].save(
        buffer, format=fmt, save_all=True, append_images=images[1:], duration=80, **save_options
    )
    return buffer.getvalue()


def gps_exif() -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "CameraMaker"
    exif[0xA431] = "SERIAL-12345"  # BodySerialNumber
    return exif


@pytest.mark.parametrize(
    "fmt,name,content_type",
    [("WEBP", "anim.webp", "image/webp"), ("PNG", "anim.png", "image/png")],
)
def test_animations_are_re_encoded_frame_by_frame_without_exif(
    editor_client, fmt, name, content_type
):
    data = animation_bytes(fmt, exif=gps_exif())
    assert b"SERIAL-12345" in data

    response = upload_logo(editor_client, data, name=name, content_type=content_type)
    assert response.status_code == 302
    stored = Partner.objects.get().logo.read()
    assert b"SERIAL-12345" not in stored and b"CameraMaker" not in stored
    image = Image.open(io.BytesIO(stored))
    assert (image.format, image.n_frames, image.size) == (fmt, 3, (12, 10))


def test_a_gif_keeps_no_trailer_after_the_image(editor_client):
    data = animation_bytes("GIF") + b"<html><script>alert(1)</script></html>"

    response = upload_logo(editor_client, data, name="anim.gif", content_type="image/gif")
    assert response.status_code == 302
    stored = Partner.objects.get().logo.read()
    assert b"<script>" not in stored
    assert Image.open(io.BytesIO(stored)).n_frames == 3


def test_an_animation_too_long_to_decode_is_refused(editor_client, settings):
    settings.NEWSROOM_IMAGE_MAX_PIXELS = 1_000_000
    data = animation_bytes("GIF", frames=5, size=(1000, 1000))

    assert logo_error(upload_logo(editor_client, data, name="a.gif", content_type="image/gif")) == (
        "The animation has 5 frames of 1000×1000 pixels (5 megapixels in all); the limit is 4. "
        "Please shorten or resize it."
    )

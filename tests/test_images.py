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

"""Renditions: resized WebP and fallback copies made once on save, kept in storage,
read from the row by pages; a focal point that crops keep."""

import io
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from newsroom.models import Article
from newsroom.renditions import HERO, LOGO, focal_box

pytestmark = pytest.mark.django_db


def picture_bytes(size=(1600, 1000), fmt="JPEG", mode="RGB", quadrants=False) -> bytes:
    """A picture; with ``quadrants`` its left half is red and its right half blue,
    so that a crop tells which side it kept."""
    image = Image.new(mode, size, (200, 30, 30) if mode == "RGB" else (200, 30, 30, 255))
    if mode == "RGBA":
        image.paste((0, 0, 0, 0), (0, 0, size[0] // 4, size[1]))  # a transparent band
    if quadrants:
        image.paste((20, 40, 220), (size[0] // 2, 0, size[0], size[1]))
    buffer = io.BytesIO()
    image.save(buffer, format=fmt)
    return buffer.getvalue()


def stored_files() -> set[str]:
    def walk(folder):
        dirs, files = default_storage.listdir(folder)
        found = {f"{folder}/{name}".lstrip("/") for name in files}
        for sub in dirs:
            found |= walk(f"{folder}/{sub}".lstrip("/"))
        return found

    return walk("") if default_storage.exists("") else set()


@pytest.fixture
def hero_article(make_article):
    article = make_article(title="Forum on green corridors opens in Chengdu")
    article.hero_image = SimpleUploadedFile("hall.jpg", picture_bytes(quadrants=True))
    article.hero_alt = "Delegates in the forum's main hall"
    article.save()
    return article


def test_saving_a_hero_image_makes_webp_and_jpeg_renditions_at_each_width(hero_article):
    renditions = hero_article.hero_renditions
    assert [w for _name, w, _h in renditions["webp"]] == [320, 640, 960, 1280]
    assert [h for _name, _w, h in renditions["webp"]] == [180, 360, 540, 720]
    assert renditions["fallback"]["type"] == "image/jpeg"
    for name, width, height in [
        *renditions["webp"],
        *renditions["fallback"]["files"],
        renditions["og"],
    ]:
        assert default_storage.exists(name), name
        with default_storage.open(name) as stored, Image.open(stored) as image:
            assert image.size == (width, height)
            assert image.format == ("WEBP" if name.endswith(".webp") else "JPEG")
            assert "exif" not in image.info
    assert renditions["og"][1:] == [1200, 630]


def test_the_article_page_serves_a_picture_with_webp_srcset_sizes_and_dimensions(
    client, hero_article
):
    html = client.get(hero_article.get_absolute_url()).content.decode()
    picture = re.search(r"<picture>.*?</picture>", html, re.S).group(0)
    webp = re.search(r'<source type="image/webp" srcset="([^"]+)"', picture).group(1)
    assert re.findall(r" (\d+)w", webp) == ["320", "640", "960", "1280"]
    assert all(url.split()[0].endswith(".webp") for url in webp.split(", "))
    img = re.search(r"<img [^>]+>", picture).group(0)
    assert re.findall(r" (\d+)w", re.search(r' srcset="([^"]+)"', img).group(1)) == [
        "320",
        "640",
        "960",
        "1280",
    ]
    assert 'width="1280" height="720"' in img
    assert 'sizes="(min-width: 50rem) 46rem, 100vw"' in img
    assert 'alt="Delegates in the forum&#x27;s main hall"' in img
    assert 'loading="eager" fetchpriority="high"' in img


def test_the_open_graph_image_is_the_1200_by_630_rendition(client, hero_article):
    html = client.get(hero_article.get_absolute_url()).content.decode()
    og_name = hero_article.hero_renditions["og"][0]
    assert f'<meta property="og:image" content="{settings.SITE_URL}/media/{og_name}">' in html
    assert '<meta property="og:image:width" content="1200">' in html
    assert '<meta property="og:image:height" content="630">' in html


def test_pages_create_no_file_and_a_second_save_makes_nothing_new(client, hero_article):
    before = stored_files()
    for _ in range(2):
        assert client.get(hero_article.get_absolute_url()).status_code == 200
        assert client.get(reverse("newsroom:article-list")).status_code == 200
    assert stored_files() == before
    hero_article.title = "Forum on green corridors opens in Chengdu today"
    hero_article.save()
    assert stored_files() == before


def test_a_changed_focal_point_gives_new_crops_that_keep_it(hero_article):
    old = hero_article.hero_renditions
    hero_article.hero_focus_x = 95  # the blue right-hand side
    hero_article.save()
    new = hero_article.hero_renditions
    assert {n for n, *_ in new["webp"]}.isdisjoint({n for n, *_ in old["webp"]})
    with default_storage.open(new["og"][0]) as stored, Image.open(stored) as image:
        red, green, blue = image.convert("RGB").getpixel((image.width // 2, image.height // 2))
    assert blue > 150 and red < 100, "the crop should centre on the right-hand (blue) half"
    # The earlier crops stay, for a cached page or a restored revision that names them.
    assert all(default_storage.exists(name) for name, *_ in old["webp"])


def test_a_focal_point_near_an_edge_moves_the_crop_inside_the_picture():
    assert focal_box((1600, 1000), 16 / 9, 0.0, 0.5) == (0, 50, 1600, 950)
    assert focal_box((1000, 1000), 1.0 * 1200 / 630, 1.0, 1.0) == (0, 475, 1000, 1000)
    assert focal_box((2000, 900), 16 / 9, 0.9, 0.5) == (400, 0, 2000, 900)


def test_small_pictures_are_never_enlarged():
    assert HERO.sizes(500, 400) == [(320, 180)]
    assert HERO.sizes(300, 200) == [(300, 169)]
    assert LOGO.sizes(120, 60) == [(96, 48), (120, 60)]


def test_a_transparent_logo_keeps_png_as_fallback_and_fits_whole(make_partner):
    partner = make_partner(name="Sichuan University")
    partner.logo = SimpleUploadedFile("logo.png", picture_bytes((300, 100), "PNG", "RGBA"))
    partner.save()
    renditions = partner.logo_renditions
    assert [(w, h) for _n, w, h in renditions["webp"]] == [(96, 32), (192, 64), (300, 100)]
    assert renditions["fallback"]["type"] == "image/png"
    with default_storage.open(renditions["webp"][0][0]) as stored, Image.open(stored) as image:
        assert image.mode == "RGBA"


def test_the_partner_page_and_list_serve_the_logo_renditions(client, make_partner):
    partner = make_partner(name="Sichuan University", reviewed=True)
    partner.logo = SimpleUploadedFile("logo.png", picture_bytes((240, 240), "PNG"))
    partner.save()
    page = client.get(partner.get_absolute_url()).content.decode()
    assert re.search(r'<source type="image/webp" srcset="[^"]+96w, [^"]+192w, [^"]+240w"', page)
    assert 'class="profile__logo"' in page
    assert 'width="240" height="240" alt="Logo of Sichuan University"' in page


def test_a_picture_saved_before_renditions_is_shown_as_uploaded(client, hero_article):
    Article.objects.filter(pk=hero_article.pk).update(hero_renditions={})
    html = client.get(hero_article.get_absolute_url()).content.decode()
    img = re.search(r"<picture><img [^>]+>", html).group(0)
    assert f'src="/media/{hero_article.hero_image.name}"' in img
    assert "srcset" not in img
    assert 'width="1600" height="1000"' in img


def test_make_renditions_writes_missing_sets_and_reports_them(hero_article, capsys):
    from django.core.management import call_command

    Article.objects.filter(pk=hero_article.pk).update(hero_renditions={})
    call_command("make_renditions")
    hero_article.refresh_from_db()
    assert len(hero_article.hero_renditions["webp"]) == 4
    assert "Made renditions of 1 article picture and 0 partner logos." in capsys.readouterr().out
    call_command("make_renditions")
    assert "Made renditions of 0 article pictures and 0 partner logos." in capsys.readouterr().out


def test_an_animation_keeps_its_original(make_article):
    frames = [Image.new("RGB", (400, 300), colour) for colour in ("red", "blue")]
    buffer = io.BytesIO()
    frames[0].save(buffer, format="GIF", save_all=True, append_images=frames[1:])
    article = make_article(title="An animated chart")
    article.hero_image = SimpleUploadedFile("chart.gif", buffer.getvalue())
    article.hero_alt = "A chart"
    article.save()
    assert article.hero_renditions == {}
    assert article.hero_picture.src.url == article.hero_image.url


def test_a_stored_file_that_is_not_a_picture_leaves_the_original_and_the_save_stands(
    make_article,
):
    article = make_article(title="A broken picture")
    name = default_storage.save("articles/broken.png", ContentFile(b"<svg onload=alert(1)>"))
    Article.objects.filter(pk=article.pk).update(hero_image=name, hero_alt="Broken")
    article.refresh_from_db()
    article.title = "A broken picture, renamed"
    article.save()
    article.refresh_from_db()
    assert article.title == "A broken picture, renamed"
    assert "webp" not in article.hero_renditions
    assert not any(path.startswith("renditions/") for path in stored_files())


def test_the_focal_point_is_a_percentage(make_article):
    from django.core.exceptions import ValidationError

    article = make_article(title="Out of range")
    article.hero_focus_x = 140
    with pytest.raises(ValidationError) as raised:
        article.full_clean()
    assert raised.value.message_dict["hero_focus_x"] == [
        "Ensure this value is less than or equal to 100."
    ]


def test_the_article_form_offers_the_focal_point_with_its_click_to_set_script(
    editor_client, hero_article
):
    html = editor_client.get(
        reverse("admin:newsroom_article_change", args=[hero_article.pk])
    ).content.decode()
    assert 'for="id_hero_focus_x">Focal point across (%):</label>' in html
    assert 'for="id_hero_focus_y">Focal point down (%):</label>' in html
    assert 'name="hero_focus_x" value="50"' in html
    assert "js/admin-focal-point.js" in html


def test_list_pages_read_no_row_and_no_file_per_picture(
    client, settings, make_article, make_partner
):
    """The article and partner lists cost the same queries with 1 picture or 5."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.NEWSROOM_PAGE_CACHE = False
    photo = picture_bytes((800, 450))

    def illustrate(n: int) -> None:
        for i in range(n):
            article = make_article(title=f"Illustrated story {Article.objects.count()}")
            article.hero_image = SimpleUploadedFile(f"p{i}.jpg", photo)
            article.hero_alt = "A picture"
            article.save()
            partner = make_partner(name=f"Partner {article.pk}", reviewed=True)
            partner.logo = SimpleUploadedFile(f"l{i}.jpg", photo)
            partner.save()

    def queries(url: str) -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    pages = [reverse("newsroom:article-list"), reverse("newsroom:partner-list")]
    illustrate(1)
    before = [queries(url) for url in pages]
    illustrate(4)
    html = client.get(pages[0]).content.decode()
    assert html.count('<source type="image/webp"') == 5
    assert [queries(url) for url in pages] == before


def test_renditions_go_through_the_storage_api_alone(settings, make_article):
    """Any Django storage works (S3 included): nothing reads a local path."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    article = make_article(title="Stored in memory")
    article.hero_image = SimpleUploadedFile("hall.jpg", picture_bytes((700, 400)))
    article.hero_alt = "A hall"
    article.save()
    names = [name for name, *_ in article.hero_renditions["webp"]]
    assert len(names) == 2 and all(default_storage.exists(name) for name in names)
    assert not (Path(settings.MEDIA_ROOT) / names[0]).exists(), "nothing is on the disk"
    assert article.hero_picture.webp[0].url == "/media/" + names[0]


def test_a_stored_picture_over_the_pixel_limit_is_not_decoded(settings, make_article):
    article = make_article(title="A picture stored before the limit was lowered")
    article.hero_image = SimpleUploadedFile("big.jpg", picture_bytes((1200, 800)))
    article.hero_alt = "Big"
    article.save()
    settings.NEWSROOM_IMAGE_MAX_PIXELS = 500_000
    article.hero_focus_x = 10
    article.save()
    assert "webp" not in article.hero_renditions
    assert article.hero_picture.src.url == article.hero_image.url


def test_an_empty_focal_point_is_the_centre(make_article):
    article = make_article(title="No focal point given")
    article.hero_focus_x = article.hero_focus_y = None
    article.full_clean()
    article.save()
    article.refresh_from_db()
    assert (article.hero_focus_x, article.hero_focus_y) == (50, 50)


def test_a_restored_revision_shows_its_own_crops(hero_article):
    import reversion
    from reversion.models import Version

    with reversion.create_revision():
        hero_article.save()
    first = hero_article.hero_renditions
    with reversion.create_revision():
        hero_article.hero_focus_x = 90
        hero_article.save()
    Version.objects.get_for_object(hero_article)[1].revision.revert()
    hero_article.refresh_from_db()
    assert hero_article.hero_focus_x == 50
    assert hero_article.hero_renditions == first
    assert all(default_storage.exists(name) for name, *_ in first["webp"])

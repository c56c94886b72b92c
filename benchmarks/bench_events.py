"""Flyer generation with a picture and a QR code (aim: < 150 ms), and the 4 × A6 letterbox sheet."""

from __future__ import annotations

from datetime import datetime

import pytest
from PIL import Image

from db.services.events import FlyerInfo
from desktop.reports.events.flyer import flyer_pdf
from desktop.reports.events.sheet import sheet_pdf


@pytest.fixture(scope="module")
def info(tmp_path_factory) -> FlyerInfo:
    path = tmp_path_factory.mktemp("bench") / "foto.jpg"
    # A phone photo: 4000 × 3000 with detail, so decoding and scaling really cost something.
    Image.effect_mandelbrot((4000, 3000), (-2, -1.2, 1, 1.2), 60).convert("RGB").save(
        path, quality=90
    )
    return FlyerInfo(
        1,
        "Koffieochtend in de buurtkamer",
        "Kom gezellig koffie drinken met je buren. " * 5,
        datetime(2026, 4, 25, 10),
        datetime(2026, 4, 25, 12),
        "Buurtkamer Vulcanusdreef 120",
        1,
        "Vulcanusdreef",
        "Fatma Yılmaz en het Buurtkantoor",
        "announced",
        30,
        "ar",
        "صباح القهوة",
        "تعالوا لشرب القهوة والشاي مع الجيران",
        str(path),
        "https://buurtkantoor.example/a/1",
        "fris",
    )


def test_flyer_with_picture_and_qr(benchmark, info):
    data = benchmark(flyer_pdf, info, "A4", "fris")
    assert data.startswith(b"%PDF")


def test_letterbox_sheet_4_up(benchmark, info):
    data = benchmark(sheet_pdf, info, 4, "feestelijk")
    assert data.startswith(b"%PDF")

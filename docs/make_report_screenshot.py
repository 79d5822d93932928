"""Make docs/report.png: the HTML report of the bundled examples, as headless Chromium shows it.

Run from the repository root with the test extra installed and Debian's chromium and chromium-driver:

    python docs/make_report_screenshot.py

Scores ``examples/*`` (as of a fixed date, so the picture does not change by itself), writes the
report to a temporary folder, opens it with the same flags as the browser test and saves two palette
PNGs (small enough to commit): the page as it opens (``docs/report.png``) and the detail view of
``examples/notebook_only_mle.pdf`` (``docs/report_detail.png``).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PIL import Image
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from resume_lens import Screener
from resume_lens.report import write_report

AS_OF = "2026-11-29"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--window-size=1200,1360",
)


def main() -> int:
    root = Path(__file__).resolve().parents[1]
    out = root / "docs" / "report.png"
    files = sorted(p.relative_to(root) for p in (root / "examples").iterdir() if p.is_file())
    screener = Screener(as_of=AS_OF)
    rows = [screener.assess_file(root / f).to_dict() | {"file": str(f)} for f in files]
    with tempfile.TemporaryDirectory() as tmp:
        report = write_report(rows, Path(tmp) / "report.html", as_of=AS_OF, source="results.jsonl")
        options = webdriver.ChromeOptions()
        options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
        for flag in (*FLAGS, f"--user-data-dir={Path(tmp) / 'profile'}"):
            options.add_argument(flag)
        service = Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
        driver = webdriver.Chrome(service=service, options=options)
        try:
            driver.get(report.as_uri())
            shot = Path(tmp) / "shot.png"
            driver.save_screenshot(str(shot))
            index = next(i for i, r in enumerate(rows) if r["file"] == "examples/notebook_only_mle.pdf")
            detail = driver.find_element("id", f"resume-{index}")
            driver.set_window_size(1200, 2200)  # room for the whole detail view
            driver.execute_script("arguments[0].open = true; arguments[0].scrollIntoView();", detail)
            detail_shot = Path(tmp) / "detail.png"
            detail.screenshot(str(detail_shot))
        finally:
            driver.quit()
        for source, target in ((shot, out), (detail_shot, out.with_name("report_detail.png"))):
            image = Image.open(source).convert("RGB").quantize(colors=64, method=Image.Quantize.MEDIANCUT)
            image.save(target, optimize=True)
            print(f"{target} ({target.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

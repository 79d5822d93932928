"""The HTML report in a real browser (issue 7): headless Chromium, kept off the network.

Skips with a reason when Chromium, ChromeDriver or selenium is missing (``.ci/run`` installs Debian's
``chromium`` and ``chromium-driver``; selenium comes with the ``test`` extra).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from resume_lens.report import write_report

PAYLOAD_SCRIPT = '<script>window.__pwned=1;document.title="PWNED"</script>'
PAYLOAD_IMG = "<img src=x onerror=\"window.__pwned_img=1;document.title='PWNED'\">"
PAYLOAD_LINK = '<a href="javascript:window.__pwned_link=1">portfolio</a>'
# each payload would set document.title or a window global if it ran
HOSTILE_RESUME = f"""Mallory Example {PAYLOAD_SCRIPT}
Machine Learning Engineer {PAYLOAD_IMG}

EXPERIENCE
Machine Learning Engineer {PAYLOAD_LINK}, Evil Corp, Jan 2022 - Present
- Deployed the churn model {PAYLOAD_SCRIPT} to a SageMaker endpoint serving 2M requests per day.
- Built notebooks {PAYLOAD_IMG} and {PAYLOAD_LINK} dashboards in Jupyter.
- Monitored drift with Prometheus alerts <svg onload="window.__pwned_svg=1"></svg>.
"""

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver") or (
    "/usr/bin/chromedriver" if Path("/usr/bin/chromedriver").exists() else None
)

pytestmark = pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None,
    reason="no Chromium and ChromeDriver on this machine (apt-get install chromium chromium-driver)",
)

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1280,1000",
)


@pytest.fixture(scope="module")
def report(tmp_path_factory, examples_dir) -> tuple[Path, list[dict]]:
    """A report of the five example text resumes and one hostile resume, screened for real."""
    from resume_lens import Screener

    screener = Screener(as_of="2026-11-29")
    rows = [screener.assess_file(p).to_dict() for p in sorted(examples_dir.glob("*.txt"))]
    rows.append(screener.assess_text(HOSTILE_RESUME, file="hostile.txt").to_dict())
    out = tmp_path_factory.mktemp("report") / "report.html"
    write_report(rows, out, as_of="2026-11-29")
    return out, rows


@pytest.fixture()
def browser(tmp_path, monkeypatch):
    webdriver = pytest.importorskip(
        "selenium.webdriver", reason="selenium is not installed (pip install '.[test]')"
    )
    from selenium.webdriver.chrome.service import Service

    monkeypatch.setenv("SE_OFFLINE", "true")  # Selenium Manager must not try to download a driver
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path / 'profile'}")
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def _visible_rows(driver) -> list:
    from selenium.webdriver.common.by import By

    return [r for r in driver.find_elements(By.CSS_SELECTOR, "#results tbody tr") if r.is_displayed()]


def test_report_renders_filters_sorts_and_runs_no_payload(browser, report, tmp_path):
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    path, rows = report
    browser.get(path.as_uri())
    assert browser.execute_script("return document.readyState") == "complete"

    # the table: one row per resume
    assert len(browser.find_elements(By.CSS_SELECTOR, "#results tbody tr")) == len(rows) == 6
    assert len(_visible_rows(browser)) == 6
    assert browser.find_element(By.ID, "shown").text == "6"

    # no payload ran: the title is ours, no global was set, no alert is open
    assert browser.title == "resume_lens screening report"
    flags = "return [typeof window.__pwned, typeof window.__pwned_img, typeof window.__pwned_link, " + (
        "typeof window.__pwned_svg]"
    )
    assert browser.execute_script(flags) == ["undefined"] * 4
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018 - touching it is the check

    # filtering by verdict
    expected = {
        v: sum(1 for r in rows if r["verdict"] == v) for v in ("supported", "inflated", "unclear", "no_claim")
    }
    assert expected == {"supported": 3, "inflated": 1, "unclear": 1, "no_claim": 1}
    verdict = Select(browser.find_element(By.ID, "verdict-filter"))
    for value, count in expected.items():
        verdict.select_by_value(value)
        visible = _visible_rows(browser)
        assert len(visible) == count, value
        assert {r.get_attribute("data-verdict") for r in visible} == {value}
        assert browser.find_element(By.ID, "shown").text == str(count)
    verdict.select_by_value("all")
    assert len(_visible_rows(browser)) == 6

    # searching, then sorting by p_inflated (rows without a claim sort as -1)
    search = browser.find_element(By.ID, "search")
    search.send_keys("notebook_only")
    assert [r.get_attribute("data-file") for r in _visible_rows(browser)] == [
        next(r["file"] for r in rows if "notebook_only" in r["file"])
    ]
    search.clear()
    search.send_keys(" ")  # input event with an empty query
    browser.find_element(By.CSS_SELECTOR, 'th[data-key="p"] button').click()
    ps = [float(r.get_attribute("data-p")) for r in _visible_rows(browser)]
    assert len(ps) == 6 and ps == sorted(ps)
    browser.find_element(By.CSS_SELECTOR, 'th[data-key="p"] button').click()
    ps = [float(r.get_attribute("data-p")) for r in _visible_rows(browser)]
    assert ps == sorted(ps, reverse=True)

    # the hostile resume's detail view opens from its link and shows the payload as text
    hostile = next(
        r for r in browser.find_elements(By.CSS_SELECTOR, "#results tbody tr") if "hostile" in r.text
    )
    hostile.find_element(By.TAG_NAME, "a").click()
    detail = browser.find_element(By.ID, f"resume-{len(rows) - 1}")
    assert detail.get_attribute("open") is not None
    assert PAYLOAD_SCRIPT in detail.text
    assert browser.execute_script(flags) == ["undefined"] * 4
    assert browser.title == "resume_lens screening report"

    # control: the same check does see a payload that is not escaped
    control = tmp_path / "control.html"
    control.write_text(f"<!DOCTYPE html><title>ok</title>{PAYLOAD_SCRIPT}", encoding="utf-8")
    browser.get(control.as_uri())
    assert browser.title == "PWNED" and browser.execute_script(flags)[0] == "number"
    browser.back()

    shot = tmp_path / "report.png"
    assert browser.save_screenshot(str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

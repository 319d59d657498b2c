#!/usr/bin/env python3
"""The compliance officer's path through the web UI of `clearance serve`, in headless Chromium.

Log in with a token, check a listing (with an XSS attempt in its title) for the US market and
record it, open the listing, approve it with a reason (after an empty reason is refused), find
the decision in the audit trail, look at the dashboard and the review queue, log out. Each step
saves a screenshot; a failure saves failure.png and failure.html.

Each page visited is also checked with axe-core (axe_check.py) against WCAG 2.1 A and AA: its
results go to axe-<page>.json beside the screenshots, and the last step fails on any serious or
critical violation (moderate and minor ones are printed as warnings). Run by
scripts/browser-test, which starts the server and installs axe-core:

    CLEARANCE_UI_TOKEN=clr_... ui_flow.py --base-url http://127.0.0.1:PORT --screenshots DIR

The markup it relies on (ids, classes, names) is the UI's test contract; see the selectors below.
"""

import argparse
import os
import re
import signal
import sys
import traceback
from pathlib import Path
from urllib.parse import parse_qs, urljoin, urlsplit

from selenium import webdriver
from selenium.common.exceptions import (
    NoAlertPresentException,
    StaleElementReferenceException,
    TimeoutException,
    UnexpectedAlertPresentException,
)
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from axe_check import AXE_VERSION, AxeChecker, load_axe_source

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
WAIT_SECONDS = 10

LISTING_ID = "browser-1"
MARKET = "US"
XSS = '<script>alert("xss")</script>'
TITLE = f"Best {XSS} anti-aging cream that cures acne"
DESCRIPTION = "Call me at +1 415 555 0134 or mail jane.doe@example.com"
REASON = "Checked by browser test: claims removed before publish"
OFFICER = "browser-officer"
SESSION_COOKIE = "clearance_session"


class FlowError(AssertionError):
    """A broken expectation of the UI contract."""


def expect(condition, message):
    if not condition:
        raise FlowError(message)


def new_driver():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                "--window-size=1280,1000"):
        options.add_argument(arg)
    # Alerts keep Selenium's default handling: one is dismissed and the next command raises
    # UnexpectedAlertPresentException, which main() reports as an XSS hit.
    # A Service with an explicit path keeps Selenium Manager (which downloads drivers) out.
    return webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)


class Flow:
    def __init__(self, driver, base_url, token, screenshots, axe):
        self.driver = driver
        self.axe = axe  # an AxeChecker: self.axe.check(page) after each page's own checks
        self.base = base_url.rstrip("/")
        self.token = token
        self.screenshots = screenshots
        self.wait = WebDriverWait(driver, WAIT_SECONDS)
        self.listing_url = None  # the review link's target, set by open_listing
        self.old_cookie = None  # the session cookie before logout, set by logout

    # Helpers

    def url(self, path):
        return self.base + path

    def path(self):
        return urlsplit(self.driver.current_url).path

    def wait_for_path(self, path):
        """Waits until the browser is on `path` (any query); returns the parsed URL."""
        try:
            self.wait.until(lambda d: urlsplit(d.current_url).path == path)
        except TimeoutException:
            raise FlowError(f"expected to be on {path}, still on {self.driver.current_url}")
        return urlsplit(self.driver.current_url)

    def find(self, css, within=None):
        """The visible element for `css` (waited for), optionally inside `within`."""
        scope = within or self.driver
        try:
            return self.wait.until(lambda d: _visible(scope.find_elements(By.CSS_SELECTOR, css)))
        except TimeoutException:
            raise FlowError(f"no visible {css} on {self.driver.current_url}")

    def present(self, css):
        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def shot(self, name):
        self.driver.save_screenshot(str(self.screenshots / name))

    def text(self, element):
        # textContent, not .text: .text is the rendered text, empty for hidden elements and
        # changed by CSS text-transform (the UI shows decisions as BLOCK).
        return (element.get_attribute("textContent") or "").strip()

    def set_checkbox(self, element, checked):
        if element.is_selected() != checked:
            element.click()
        expect(element.is_selected() == checked, f"could not set checkbox {element.get_attribute('id')}")

    def fill(self, css, value, name):
        field = self.find(css)
        expect(field.get_attribute("name") == name,
               f"{css} should have name={name!r}, has {field.get_attribute('name')!r}")
        field.clear()
        field.send_keys(value)
        return field

    def session_cookie(self):
        return next((c for c in self.driver.get_cookies() if c["name"] == SESSION_COOKIE), None)

    # Steps

    def login(self):
        self.driver.get(self.url("/ui/check"))
        login = self.wait_for_path("/ui/login")
        next_page = parse_qs(login.query).get("next", [""])[0]
        expect(next_page.startswith("/ui/check"),
               f"the login redirect should carry next=/ui/check, got {self.driver.current_url}")
        self.find("form#login-form")
        token = self.find("#token")
        expect(token.get_attribute("type") == "password", "#token should be a password input")
        expect(token.get_attribute("name") == "token", "#token should have name=token")
        token.send_keys(self.token)
        self.shot("01-login.png")
        accessibility = self.axe.check("login")
        self.find("#login-submit").click()
        self.wait_for_path("/ui/check")

        cookie = self.session_cookie()
        expect(cookie is not None, f"no {SESSION_COOKIE} cookie after login")
        expect(cookie.get("httpOnly") is True, f"{SESSION_COOKIE} should be HttpOnly: {cookie}")
        expect(cookie.get("sameSite") == "Strict", f"{SESSION_COOKIE} should be SameSite=Strict: {cookie}")
        if cookie["value"] == self.token:
            print("  note: the session cookie holds the bearer token itself", file=sys.stderr)
        return f"login redirects to next=/ui/check; session cookie HttpOnly, SameSite=Strict; {accessibility}"

    def check_form(self):
        self.find("form#check-form")
        self.fill("input#listing-id", LISTING_ID, "id")
        self.fill("input#title", TITLE, "title")
        self.fill("textarea#description", DESCRIPTION, "description")
        self.fill("textarea#bullets", "", "bullets")
        self.find("input#category")
        # Only the US market, so the results hold one section.
        markets = self.present("input[name=market]")
        values = [m.get_attribute("value") for m in markets]
        expect(MARKET in values, f"no market checkbox for {MARKET}; markets: {values}")
        for box in markets:
            self.set_checkbox(box, box.get_attribute("value") == MARKET)
        expect(self.find(f"#market-{MARKET}").get_attribute("value") == MARKET,
               f"#market-{MARKET} should be the {MARKET} checkbox")
        record = self.find("input#record")
        expect(record.get_attribute("name") == "record", "input#record should have name=record")
        self.set_checkbox(record, True)
        self.shot("02-check-form.png")
        accessibility = self.axe.check("check-form")
        self.find("button#check-submit").click()
        return f"check form filled ({len(values)} markets offered, {MARKET} ticked, record ticked); {accessibility}"

    def check_results(self):
        result = self.find(f'section#results section.result[data-market="{MARKET}"]')
        # Any alert from the injected title would have raised already; ask once more explicitly.
        try:
            alert = self.driver.switch_to.alert
            raise FlowError(f"XSS: a JavaScript alert appeared: {alert.text!r}")
        except NoAlertPresentException:
            pass

        decision = self.text(self.find(".decision", result)).lower()
        words = set(re.findall(r"\b(pass|review|block)\b", decision))
        expect(len(words) == 1, f".decision should say pass, review or block, says {decision!r}")
        expect(words <= {"review", "block"}, f"this listing should not pass, decision {decision!r}")

        marks = result.find_elements(By.CSS_SELECTOR, "mark.finding")
        expect(marks, "no mark.finding highlights in the result")
        expect(any(self.text(m) for m in marks), "every mark.finding is empty")

        findings = result.find_elements(By.CSS_SELECTOR, "ol.findings > li")
        expect(findings, "no ol.findings > li in the result")
        rules = []
        for item in findings:
            rule_elements = item.find_elements(By.CSS_SELECTOR, ".rule")
            expect(rule_elements, f"a finding without .rule: {self.text(item)!r}")
            rule = self.text(rule_elements[0])
            expect(re.fullmatch(r"[a-z0-9_-]+(/[A-Za-z0-9_.-]+)+", rule), f"odd rule id {rule!r}")
            rules.append(rule)

        # The title must come back as text: no script element anywhere (the UI uses none at all).
        body = self.driver.find_element(By.TAG_NAME, "body").text
        expect(XSS in body, "the title's <script> text is not shown literally on the results page")
        scripts = self.driver.find_elements(By.TAG_NAME, "script")
        expect(not scripts, f"{len(scripts)} script element(s) in the DOM")
        # The results sit below the form: bring them into the screenshot.
        ActionChains(self.driver).scroll_to_element(result).perform()
        self.shot("03-check-results.png")
        return (f"results: {MARKET} {words.pop()}, {len(marks)} highlight(s), rules {', '.join(rules)}; "
                f"no script ran; {self.axe.check('check-results')}")

    def open_listing(self):
        links = self.present(f'section.result[data-market="{MARKET}"] a.review-link') \
            or self.present("section#results a.review-link")
        expect(links, "no a.review-link although record was ticked")
        link = links[0]
        target = urlsplit(urljoin(self.driver.current_url, link.get_attribute("href")))
        expect(target.path == f"/ui/listings/{LISTING_ID}", f"review link goes to {target.path}")
        expect(parse_qs(target.query).get("market") == [MARKET], f"review link query is {target.query!r}")
        self.listing_url = target.geturl()
        link.click()
        self.wait_for_path(f"/ui/listings/{LISTING_ID}")
        expect(LISTING_ID in self.text(self.find("h1")), "the listing page's h1 lacks the listing id")
        expect(self.text(self.find("#decision")), "#decision is empty")
        self.find("form#decide-form")
        self.shot("04-listing.png")
        return (f"listing page {self.path()} (decision: {self.text(self.find('#decision'))!r}); "
                f"{self.axe.check('listing')}")

    def _approvals(self):
        history = self.present("#history")
        return self.text(history[0]).lower().count("approve") if history else 0

    def _submit_empty_reason(self):
        reason = self.find("textarea#reason")
        expect(reason.get_attribute("name") == "reason", "textarea#reason should have name=reason")
        reason.clear()
        approve = self.find("button#approve")
        expect(approve.get_attribute("name") == "verdict" and approve.get_attribute("value") == "approve",
               "button#approve should be name=verdict value=approve")
        self.find("button#reject")
        approve.click()
        return reason

    def empty_reason_refused(self):
        before_decision = self.text(self.find("#decision"))
        before = self._approvals()
        required = self.find("textarea#reason").get_attribute("required") is not None
        reason = self._submit_empty_reason()
        if required:
            # The browser's own validation stops the submission: no navigation happened.
            try:
                message = reason.get_property("validationMessage")
            except StaleElementReferenceException:
                raise FlowError("the page reloaded although #reason is required and empty")
            expect(message, "#reason is required, yet the browser reports no validation message")
            how = "blocked by the browser (required)"
        else:
            # The server answers, on the listing page, with an alert.
            alert = self.find("[role=alert]")
            expect(self.text(alert), "[role=alert] is empty")
            how = f"refused by the server: {self.text(alert)!r}"
        expect(LISTING_ID in self.text(self.find("h1")), "no longer on the listing page")
        self.find("form#decide-form")
        expect(self._approvals() == before, "an approval was recorded without a reason")
        expect(self.text(self.find("#decision")) == before_decision, "the decision changed")
        return f"empty reason {how}"

    def empty_reason_refused_by_server(self):
        """Extra: the browser's `required` is no defence; the server must refuse on its own."""
        reason = self.find("textarea#reason")
        if reason.get_attribute("required") is None:
            return "empty reason: no required attribute, the server check above covers it"
        before = self._approvals()
        # WebDriver-side script only: it adds nothing to the page.
        self.driver.execute_script("arguments[0].removeAttribute('required')", reason)
        self._submit_empty_reason()
        message = self.text(self.find("[role=alert]"))
        expect(message, "[role=alert] is empty")
        # Whatever URL the refusal was rendered at, the listing page itself must show no approval.
        self.driver.get(self.listing_url)
        self.wait_for_path(f"/ui/listings/{LISTING_ID}")
        expect(self._approvals() == before, "the server recorded an approval without a reason")
        return f"empty reason also refused by the server: {message!r}"

    def approve(self):
        self.fill("textarea#reason", REASON, "reason")
        old_form = self.find("form#decide-form")
        self.find("button#approve").click()
        self.wait.until(EC.staleness_of(old_form))
        self.wait_for_path(f"/ui/listings/{LISTING_ID}")
        flash = self.find("#flash")
        expect(flash.get_attribute("role") == "status", "#flash should have role=status")
        expect("approve" in self.text(flash).lower(), f"#flash does not mention approve: {self.text(flash)!r}")
        history = self.text(self.find("#history"))
        expect(REASON in history, "#history lacks the reason")
        expect(OFFICER in history, f"#history lacks the officer {OFFICER}")
        decision = self.text(self.find("#decision"))
        flash_text = self.text(flash)
        self.shot("05-approved.png")
        # Checked here, with #flash shown: the reload below drops it.
        accessibility = self.axe.check("listing-approved")
        # The page loaded afresh (a GET, no resubmission) holds the approval exactly once.
        self.driver.get(self.listing_url)
        expect(self.text(self.find("#history")).count(REASON) == 1, "the approval is in #history more than once")
        return f"approved with a reason; #flash {flash_text!r}; #decision {decision!r}; {accessibility}"

    def audit(self):
        # The page may hold more than one nav (the listing page has market tabs): any will do.
        for href in ("/ui/", "/ui/check", "/ui/queue", "/ui/audit"):
            expect(self.present(f'nav a[href="{href}"]'), f"no nav link to {href}")
        self.find('nav a[href="/ui/audit"]').click()
        self.wait_for_path("/ui/audit")
        table = self.find("table#audit-table")
        rows = [self.text(r) for r in table.find_elements(By.CSS_SELECTOR, "tr")]
        ours = [r for r in rows if LISTING_ID in r and (REASON in r or "approve" in r.lower())]
        expect(ours, f"no audit row with {LISTING_ID} and the approval among {len(rows)} rows")
        verify = self.text(self.find("#verify"))
        expect("intact" in verify.lower(), f"#verify does not say intact: {verify!r}")
        self.shot("06-audit.png")
        return f"audit trail: {len(rows)} rows, the approval among them; {verify!r}; {self.axe.check('audit')}"

    def dashboard(self):
        self.find('nav a[href="/ui/"]').click()
        self.wait_for_path("/ui/")
        expect(self.text(self.find("h1")) == "Dashboard", "the dashboard's h1 is not 'Dashboard'")
        markets = [self.text(th) for th in self.find("table#market-table").find_elements(
            By.CSS_SELECTOR, "tbody th[scope=row]")]
        expect(MARKET in markets, f"table#market-table has no row for {MARKET}: {markets}")
        self.shot("07-dashboard.png")
        return f"dashboard: {len(markets)} market row(s), {MARKET} among them; {self.axe.check('dashboard')}"

    def queue(self):
        self.find('nav a[href="/ui/queue"]').click()
        self.wait_for_path("/ui/queue")
        expect(self.text(self.find("h1")) == "Review queue", "the queue's h1 is not 'Review queue'")
        rows = [self.text(r) for r in self.find("table#queue-table").find_elements(By.CSS_SELECTOR, "tbody tr")]
        # The listing's newest result is still a block (the officer's approval is a verdict).
        expect(any(LISTING_ID in r for r in rows), f"table#queue-table lacks {LISTING_ID}: {rows}")
        self.shot("08-queue.png")
        return f"review queue: {len(rows)} row(s), {LISTING_ID} among them; {self.axe.check('queue')}"

    def logout(self):
        old_cookie = self.session_cookie()
        button = self.find("button#logout")
        button.click()
        self.wait.until(EC.staleness_of(button))
        self.driver.get(self.url("/ui/check"))
        self.wait_for_path("/ui/login")
        self.shot("09-logged-out.png")
        self.old_cookie = old_cookie
        return "logged out; /ui/check redirects to the login page"

    def old_session_dead(self):
        """Extra: logging out must end the session on the server, not only drop the cookie."""
        expect(self.old_cookie is not None, "no session cookie before logout")
        cookie = {k: v for k, v in self.old_cookie.items() if k in ("name", "value", "path", "httpOnly", "sameSite")}
        self.driver.add_cookie(cookie)
        self.driver.get(self.url("/ui/check"))
        self.wait_for_path("/ui/login")
        self.driver.delete_all_cookies()
        return "the old session cookie no longer logs in"

    def accessibility(self):
        """The axe checks of the pages above: any serious or critical violation fails here, at
        the end, so that one run reports every page (each violation was printed as it was found)."""
        expect(self.axe.canary(), "axe did not flag an unlabelled field planted in the page")
        expect(not self.axe.failures,
               f"{len(self.axe.failures)} serious or critical accessibility violation(s): "
               f"{'; '.join(self.axe.failures)} (see axe-*.json in {self.screenshots})")
        return (f"axe-core {AXE_VERSION}, WCAG 2.1 A and AA, on {len(self.axe.pages)} pages "
                f"({', '.join(self.axe.pages)}): no serious or critical violation, "
                f"{self.axe.warnings} moderate or minor; a planted unlabelled field is caught")

    STEPS = ("login", "check_form", "check_results", "open_listing", "empty_reason_refused",
             "empty_reason_refused_by_server", "approve", "audit", "dashboard", "queue", "logout",
             "old_session_dead", "accessibility")


def _visible(elements):
    """The first displayed element, or False (so WebDriverWait keeps waiting)."""
    for element in elements:
        try:
            if element.is_displayed():
                return element
        except StaleElementReferenceException:
            pass
    return False


def _interrupted(signum, frame):
    raise KeyboardInterrupt(f"signal {signum}")


def save_failure(driver, screenshots):
    """failure.png and failure.html, as far as the browser still answers."""
    try:
        driver.switch_to.alert.dismiss()
    except Exception:
        pass
    for action in (lambda: driver.save_screenshot(str(screenshots / "failure.png")),
                   lambda: (screenshots / "failure.html").write_text(driver.page_source, encoding="utf-8")):
        try:
            action()
        except Exception as error:
            print(f"  (could not save failure output: {error})", file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base-url", required=True, help="the server, e.g. http://127.0.0.1:8080")
    parser.add_argument("--screenshots", required=True, type=Path, help="folder for the PNG files")
    parser.add_argument("--token", default=os.environ.get("CLEARANCE_UI_TOKEN"),
                        help="an officer token (default: $CLEARANCE_UI_TOKEN)")
    args = parser.parse_args()
    if not args.token:
        parser.error("no token: pass --token or set CLEARANCE_UI_TOKEN")
    args.screenshots.mkdir(parents=True, exist_ok=True)
    # A TERM (from scripts/browser-test's trap or `timeout`) unwinds like Ctrl-C, so the
    # `finally` below still quits Chromium and chromedriver instead of orphaning them.
    signal.signal(signal.SIGTERM, _interrupted)
    try:
        axe_source = load_axe_source()
    except RuntimeError as error:
        print(f"ui_flow: {error}", file=sys.stderr)
        return 2

    driver = new_driver()
    driver.set_page_load_timeout(30)
    flow = Flow(driver, args.base_url, args.token, args.screenshots,
                AxeChecker(driver, axe_source, args.screenshots))
    step, passed = None, 0
    try:
        for number, step in enumerate(Flow.STEPS, 1):
            print(f"ok {number:2} {step}: {getattr(flow, step)()}", flush=True)
            passed += 1
    except KeyboardInterrupt:
        print(f"ui_flow: interrupted during {step}", file=sys.stderr)
        return 130
    except UnexpectedAlertPresentException as error:
        print(f"FAIL {step}: XSS: a JavaScript alert appeared ({error.alert_text!r})", file=sys.stderr)
        save_failure(driver, args.screenshots)
        print(f"ui_flow: {passed} passed, 1 failed")
        return 1
    except Exception as error:
        if isinstance(error, FlowError):
            print(f"FAIL {step}: {error}", file=sys.stderr)
        else:
            traceback.print_exc()
            print(f"FAIL {step}: {type(error).__name__}", file=sys.stderr)
        try:
            print(f"  at {driver.current_url}", file=sys.stderr)
        except Exception:
            pass
        save_failure(driver, args.screenshots)
        print(f"ui_flow: {passed} passed, 1 failed")
        return 1
    finally:
        driver.quit()
    print(f"ui_flow: {len(Flow.STEPS)} passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Accessibility checks with axe-core for the pages that ui_flow.py visits.

axe.min.js comes from the wheel pinned (version and sha256) in Tests/Browser/axe-requirements.txt,
which scripts/browser-test installs into its venv. Only that file is used, never the wheel's
Python API (it needs Playwright, which is not installed).

The UI's Content-Security-Policy allows no script at all, yet axe needs no exception from it:
WebDriver's execute_script evaluates through the DevTools protocol, outside the page's CSP (an
inline <script> added to the page is still refused, as it should be).
"""

import json
import sys
from importlib import resources

AXE_PACKAGE = "axe_playwright_python"
AXE_VERSION = "4.12.1"  # the axe-core that the pinned wheel bundles; checked in the page
# WCAG 2.0 and 2.1, levels A and AA.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
IMPACTS = ("critical", "serious", "moderate", "minor")  # axe's order, worst first
FAILING_IMPACTS = ("critical", "serious")
TARGETS_SHOWN = 3


def load_axe_source():
    try:
        return (resources.files(AXE_PACKAGE) / "axe.min.js").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as error:
        raise RuntimeError(f"axe-core is not installed ({error}): scripts/browser-test installs it "
                           "from Tests/Browser/axe-requirements.txt") from error


def _selector(target):
    """One node's target as text. axe gives a list: one selector per frame, and a selector
    inside a shadow root is itself a list (host first)."""
    return " | ".join(part if isinstance(part, str) else " >> ".join(part) for part in target)


def _rank(impact):
    return IMPACTS.index(impact) if impact in IMPACTS else len(IMPACTS)


class AxeChecker:
    """Runs axe on the browser's current page; remembers the violations that fail the flow."""

    def __init__(self, driver, source, output_dir):
        self.driver = driver
        self.source = source  # axe.min.js, from load_axe_source()
        self.output_dir = output_dir
        self.pages = []  # the pages checked, in order
        self.failures = []  # "page: rule-id" for each serious or critical violation
        self.warnings = 0  # moderate and minor violations

    def _run(self):
        # A page load starts a new window object, so axe is injected again on every page.
        if not self.driver.execute_script("return typeof window.axe === 'object'"):
            self.driver.execute_script(self.source)
        version = self.driver.execute_script("return window.axe && window.axe.version")
        if version != AXE_VERSION:
            raise AssertionError(f"axe-core {version} was injected, expected {AXE_VERSION}")
        options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}}
        # axe.run returns a promise; WebDriver's execute_script waits for it to settle. The
        # results are plain JSON (no element references), so they come back as dicts and lists.
        return self.driver.execute_script("return axe.run(document, arguments[0])", options)

    def canary(self):
        """Whether axe, as configured, flags a text field without a label (its `label` rule)
        that this adds to the current page for the run and then removes. A check that passes
        every page should still catch this: otherwise it checked nothing."""
        field = self.driver.execute_script(
            "const field = document.createElement('input');"
            "field.id = 'axe-canary';"
            "document.body.append(field);"
            "return field")
        try:
            results = self._run()
        finally:
            self.driver.execute_script("arguments[0].remove()", field)
        return any(_selector(node["target"]) == "#axe-canary"
                   for violation in results["violations"] if violation["id"] == "label"
                   for node in violation["nodes"])

    def check(self, page):
        """Checks the current page: saves axe-<page>.json, prints each violation (to stderr),
        and returns a one-line summary for the step's report."""
        results = self._run()
        path = self.output_dir / f"axe-{page}.json"
        path.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        self.pages.append(page)

        violations = sorted(results["violations"], key=lambda v: _rank(v.get("impact")))
        failing = 0
        for violation in violations:
            impact = violation.get("impact") or "unknown"
            if impact in FAILING_IMPACTS:
                failing += 1
                self.failures.append(f"{page}: {violation['id']}")
                label = "FAIL"
            else:
                self.warnings += 1
                label = "warning"
            nodes = violation["nodes"]
            targets = ", ".join(_selector(n["target"]) for n in nodes[:TARGETS_SHOWN])
            more = f" and {len(nodes) - TARGETS_SHOWN} more" if len(nodes) > TARGETS_SHOWN else ""
            print(f"  axe {page}: {label} {impact} {violation['id']}: {violation['help']}"
                  f" [{len(nodes)} element(s): {targets}{more}] {violation['helpUrl']}",
                  file=sys.stderr, flush=True)

        # "Incomplete" rules are those axe could not decide (such as contrast over an image):
        # not violations, but named so that someone looks at them in the JSON.
        unsure = sorted({r["id"] for r in results["incomplete"]})
        summary = (f"axe {page}: {len(violations)} violation(s), {failing} serious or critical; "
                   f"{len(results['passes'])} rule(s) passed")
        if unsure:
            summary += f"; to review by hand: {', '.join(unsure)}"
        return summary

"""Every built page is valid HTML by the W3C Nu Html Checker (node_modules/vnu-jar, run with Debian's Java)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def test_every_built_page_has_no_nu_checker_errors(site):
    java = shutil.which("java")
    assert java, "Java not found: run `make java`"
    assert VNU.exists(), "vnu.jar not found: run `make test` (npm ci installs it)"
    result = subprocess.run([java, "-jar", str(VNU), "--errors-only", "--format", "json", "--skip-non-html", str(site)],
                            capture_output=True, text=True)
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    errors = [f"{m['url'].split(str(site))[-1]}:{m.get('lastLine')}: {m['message']}" for m in messages if m.get("type") == "error"]
    assert errors == [], "\n".join(errors[:30])
    assert result.returncode == 0

"""A manager can browse every page of the demo: follow every local link and never meet an error."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urljoin, urlparse

from tests.helpers import login
from wijkwerk.demo.loader import load_demo

LINK = re.compile(r'href="(/[^"#]*)"')
MAX_PAGES = 120


def _canonical(path: str) -> str:
    # Pages that differ only by a number in the path are the same page type; visit a few of each.
    return re.sub(r"/\d+", "/N", urlparse(path).path) + ("?" + urlparse(path).query if urlparse(path).query else "")


async def test_every_linked_manager_page_renders(client):
    await load_demo("demo-password-1", today=date(2026, 3, 4))
    await login(client, "manager", create=False, password="demo-password-1")
    queue, seen, kinds, visited = ["/beheer"], {"/beheer"}, {}, 0
    while queue and visited < MAX_PAGES:
        path = queue.pop(0)
        response = await client.get(path)
        visited += 1
        assert response.status_code == 200, f"{path} answered {response.status_code}"
        if "text/html" not in response.headers.get("content-type", ""):
            continue
        for link in LINK.findall(response.text):
            target = urljoin(path, link.replace("&amp;", "&"))
            kind = _canonical(target)
            if target in seen or target.startswith(("/static", "/logout")) or kinds.get(kind, 0) >= 2:
                continue
            seen.add(target)
            kinds[kind] = kinds.get(kind, 0) + 1
            queue.append(target)
    assert visited > 30

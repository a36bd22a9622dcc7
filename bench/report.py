"""Time the impact report end to end on data from bench.report_data: the full-year page and the XLSX export.

Usage:
  python -m bench.report sqlite:////tmp/report-bench.sqlite3 [--year 2025] [--runs 3]
  python -m bench.report postgresql://postgres@127.0.0.1:5432/ww_report_bench
Each measurement runs in its own process (peak memory = that process's ru_maxrss) and goes
through the real app: a signed-in funder requests the page or the download over ASGI. Prints
one JSON line per measurement: the first (cold) run, the median of the runs, and peak memory.

The protection pattern of a published year is kept (reports/publication.py) and reused while the
data is unchanged. `--fresh-pattern` deletes the kept patterns before every request (untimed), so
each request pays for working it out: the first read after the data changed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import statistics
import subprocess
import sys
import time

PATHS = {"html": "/rapportage/?periode=jaar&jaar={year}",
         # A month of one neighbourhood: protection across reports reads the whole year for it.
         "html_month_area": "/rapportage/?periode=maand&jaar={year}&maand=3&wijk=1",
         "html_compare": "/rapportage/?periode=jaar&jaar={year}&vergelijk=vorige",
         "xlsx": "/rapportage/download/xlsx?periode=jaar&jaar={year}",
         "csv": "/rapportage/download/csv?periode=jaar&jaar={year}"}
PASSWORD = "bench-password-1"


async def _measure(url: str, what: str, year: int, runs: int, fresh_pattern: bool = False) -> dict:
    from wijkwerk.migrate import use_wijkwerk_conf

    use_wijkwerk_conf(url)
    from tests.helpers import asgi_client, csrf_from
    from wijkwerk.accounts.services import create_user
    from wijkwerk.app import create_app
    from wijkwerk.db import bind_tables, engine_from_url
    from wijkwerk.settings import Settings
    from wijkwerk.tables import User

    async def forget_patterns() -> None:
        if fresh_pattern:
            await engine.run_ddl("DELETE FROM report_publication")

    engine = engine_from_url(url)
    bind_tables(engine)
    if engine.engine_type == "postgres":
        await engine.start_connection_pool(min_size=1, max_size=4)
    if not await User.exists().where(User.username == "bench-funder"):
        await create_user("bench-funder", PASSWORD, "funder")
    app = create_app(Settings(database_url=url, secret_key="bench", login_attempts_per_minute=100), engine=engine)
    times, size = [], 0
    async with asgi_client(app) as client:
        page = await client.get("/login")
        await client.post("/login", data={"username": "bench-funder", "password": PASSWORD,
                                          "_csrf_token": csrf_from(client, page.text)})
        for _ in range(runs):
            await forget_patterns()
            started = time.perf_counter()
            response = await client.get(PATHS[what].format(year=year))
            times.append(time.perf_counter() - started)
            assert response.status_code == 200, response.status_code
            size = len(response.content)
    if engine.engine_type == "postgres":
        await engine.close_connection_pool()
    return {"bench": "report", "database": engine.engine_type, "what": what, "year": year,
            "fresh_pattern": fresh_pattern,
            "first_s": round(times[0], 3), "median_s": round(statistics.median(times), 3), "runs": runs,
            "bytes": size, "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database_url")
    parser.add_argument("--year", type=int, default=2025)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", choices=sorted(PATHS))
    parser.add_argument("--fresh-pattern", action="store_true",
                        help="delete the kept protection patterns before every request")
    arguments = parser.parse_args()
    if arguments.only:
        print(json.dumps(asyncio.run(_measure(arguments.database_url, arguments.only, arguments.year,
                                              arguments.runs, arguments.fresh_pattern))))
        return
    for what in PATHS:  # a fresh process per measurement, so peak memory is its own
        subprocess.run([sys.executable, "-m", "bench.report", arguments.database_url, "--year", str(arguments.year),
                        "--runs", str(arguments.runs), "--only", what,
                        *(["--fresh-pattern"] if arguments.fresh_pattern else [])], check=True)


if __name__ == "__main__":
    main()

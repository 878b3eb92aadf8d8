"""The bench's web sites: the corpus pages served over HTTP on 127.0.0.1 from their own process, so the
pipeline's CPU is measured apart from the server's (which is reported on its own).

    python -m bench.page_server DIR PORT_FILE

DIR holds the pages and index.json ({name: content type}); the chosen port is written to PORT_FILE.
aiohttp, not http.server: a thread and a Python request parser per page cost more CPU than the fetch
stage it serves, on the same two cores.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

from aiohttp import web


def make_app(pages: dict[str, tuple[bytes, str]]) -> web.Application:
    async def page(request: web.Request) -> web.Response:
        found = pages.get(request.match_info["name"])
        if found is None:
            raise web.HTTPNotFound()
        body, content_type = found
        return web.Response(body=body, headers={"Content-Type": content_type})

    app = web.Application()
    app.router.add_get("/{name}", page)
    return app


async def serve(directory: Path, port_file: Path) -> None:
    index = json.loads((directory / "index.json").read_text(encoding="utf-8"))
    pages = {name: ((directory / name).read_bytes(), content_type) for name, content_type in index.items()}
    runner = web.AppRunner(make_app(pages), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, backlog=1024)
    await site.start()
    port = runner.addresses[0][1]
    # Written whole or not at all: the bench polls for this file.
    partial = port_file.with_suffix(".partial")
    partial.write_text(str(port), encoding="utf-8")
    partial.replace(port_file)
    await asyncio.Event().wait()  # until terminated


if __name__ == "__main__":
    asyncio.run(serve(Path(sys.argv[1]), Path(sys.argv[2])))

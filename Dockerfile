# One image for every stage: `suanli serve fetch|clean|extract|load`, `suanli submit ...`.
FROM python:3.11-slim

ENV PYTHONUNBUFFERED=1 \
    UV_PROJECT_ENVIRONMENT=/opt/venv \
    UV_PYTHON_DOWNLOADS=never \
    UV_COMPILE_BYTECODE=1 \
    PATH=/opt/venv/bin:$PATH

RUN pip install --no-cache-dir uv==0.13.8
WORKDIR /app

# Dependencies first: a cached layer that source changes don't invalidate.
COPY pyproject.toml uv.lock README.md ./
RUN uv sync --frozen --no-dev --no-install-project --python /usr/local/bin/python3

COPY shared ./shared
COPY services ./services
COPY seeds ./seeds
RUN uv sync --frozen --no-dev --python /usr/local/bin/python3

ENTRYPOINT ["suanli"]
CMD ["--help"]

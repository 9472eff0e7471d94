"""HTTP API and the offline dashboard: `create_app` builds the FastAPI application.

FastAPI is imported only when an app is built, so `rasd extract` does not pay for it.
"""


def create_app(*args, **kwargs):
    from .app import create_app as build
    return build(*args, **kwargs)


__all__ = ["create_app"]

from rasd.store.testing import store, store_url  # noqa: F401  (fixtures on SQLite and PostgreSQL)

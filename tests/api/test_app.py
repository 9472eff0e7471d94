"""What the app serves besides data: the schema, the dashboard, headers, errors."""
from __future__ import annotations


def test_openapi_schema_lists_every_endpoint(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    for path in ("/api/events", "/api/events/{event_id}", "/api/articles/{article_id}", "/api/search",
                 "/api/stats", "/api/extract", "/api/health"):
        assert path in paths
    assert {p["name"] for p in paths["/api/events"]["get"]["parameters"]} >= {
        "since", "until", "country", "admin1", "event_type", "sub_event_type", "actor", "q", "bbox",
        "limit", "offset", "sort"}


def test_no_docs_pages_that_would_load_code_from_a_cdn(client):
    assert client.get("/docs").status_code == 404
    assert client.get("/redoc").status_code == 404


def test_dashboard_pages_and_vendored_libraries_are_served(client):
    for path in ("/", "/extract.html", "/js/dashboard.js", "/css/style.css", "/vendor/leaflet/leaflet.js",
                 "/vendor/d3.min.js", "/vendor/countries-50m.json"):
        assert client.get(path).status_code == 200, path


def test_security_headers_forbid_other_origins_and_inline_script(client):
    for path in ("/", "/api/events"):
        policy = client.get(path).headers["content-security-policy"]
        assert "default-src 'self'" in policy and "script-src 'self'" in policy
        assert "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]


def test_unknown_api_path_is_a_json_404_and_wrong_method_a_405(client):
    response = client.get("/api/nothing-here")
    assert response.status_code == 404 and "no API endpoint" in response.json()["detail"]
    response = client.delete("/api/events")
    assert response.status_code == 405 and "DELETE is not allowed" in response.json()["detail"]

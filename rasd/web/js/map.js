// The events map: countries drawn from the vendored world-atlas (no tile server),
// one circle per event coloured by type and sized by fatalities, clustered when zoomed out.
/* global L, topojson */
import {el, typeColor} from "./common.js";

const ARAB_WORLD = [[5, -18], [40, 62]];
const CLUSTER_UNTIL_ZOOM = 8;   // from this zoom on every event is its own circle

export function markerRadius(fatalities) {
  return Math.min(22, 5 + 2.5 * Math.sqrt(Math.max(0, fatalities || 0)));
}

export class EventMap {
  constructor(container, {onSelect}) {
    this.onSelect = onSelect;
    this.map = L.map(container, {worldCopyJump: true, minZoom: 2, maxZoom: 12, preferCanvas: false});
    this.map.fitBounds(ARAB_WORLD);
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution("Borders: Natural Earth");
    this.clusters = L.markerClusterGroup({
      disableClusteringAtZoom: CLUSTER_UNTIL_ZOOM, maxClusterRadius: 45,
      showCoverageOnHover: false, spiderfyOnMaxZoom: false,
    });
    this.clusters.addTo(this.map);
    this.markersById = new Map();
  }

  async drawCountries(url) {
    const topology = await (await fetch(url)).json();
    const countries = topojson.feature(topology, topology.objects.countries);
    L.geoJSON(countries, {
      interactive: false,
      style: {className: "country", color: "#9a9486", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1},
    }).addTo(this.map).bringToBack();
  }

  showEvents(events) {
    this.clusters.clearLayers();
    this.markersById.clear();
    const markers = [];
    for (const event of events) {
      if (event.latitude === null || event.longitude === null || event.latitude === undefined) continue;
      const marker = L.circleMarker([event.latitude, event.longitude], {
        radius: markerRadius(event.fatalities), color: "#222", weight: 1,
        fillColor: typeColor(event.event_type), fillOpacity: 0.85, className: "event-marker",
      });
      // Tooltip content is a DOM node: Leaflet would parse a string as HTML.
      marker.bindTooltip(el("span", {}, `${event.event_date || "undated"} · ${event.event_type}`,
                               event.location ? el("bdi", {}, ` · ${event.location}`) : null));
      marker.on("click", () => this.onSelect(event.id));
      marker.eventId = event.id;
      this.markersById.set(event.id, marker);
      markers.push(marker);
    }
    this.clusters.addLayers(markers);
    return markers.length;
  }

  focus(eventId) {
    const marker = this.markersById.get(eventId);
    if (!marker) return;
    for (const m of this.markersById.values()) m.setStyle({weight: 1, color: "#222"});
    marker.setStyle({weight: 3, color: "#000"});
    this.clusters.zoomToShowLayer(marker, () => marker.bringToFront());
  }
}

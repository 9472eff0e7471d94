// The dashboard: filters → /api/events and /api/stats → map, timeline, list; a click
// on a marker or a list row opens the event with its article.
import {ApiError, append, clear, debounce, el, EVENT_TYPE_COLORS, formatNumber, getJSON, typeColor} from "./common.js";
import {showEventDetail} from "./detail.js";
import {EventMap} from "./map.js";
import {Timeline} from "./timeline.js";

const MAP_LIMIT = 5000;   // events drawn at once; the status line says when there are more
const LIST_LIMIT = 300;   // rows in the side list
const MAP_FIELDS = "id,event_date,event_type,sub_event_type,actor1,actor2,location,country,fatalities,latitude,longitude";

const form = document.getElementById("filters");
const status = document.getElementById("status");
const list = document.getElementById("event-list");
const detail = document.getElementById("detail");
const detailBody = document.getElementById("detail-body");

const eventMap = new EventMap(document.getElementById("map"), {onSelect: selectEvent});
const timeline = new Timeline(document.getElementById("timeline"), {onRange: setDateRange});

function currentFilters() {
  const values = Object.fromEntries(new FormData(form));
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v).trim()]).filter(([, v]) => v));
}

function withoutDates({since, until, ...rest}) {
  return rest;
}

// ISO week "2018-W19" → the date of its Monday.
export function isoWeekMonday(label) {
  const [year, week] = label.split("-W").map(Number);
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(+jan4 - ((jan4.getUTCDay() + 6) % 7) * 86400000);
  return new Date(+monday + (week - 1) * 7 * 86400000).toISOString().slice(0, 10);
}

function fillSelect(select, counts) {
  for (const [value, n] of Object.entries(counts)) {
    if (value) select.append(el("option", {value}, `${value} (${formatNumber(n)})`));
  }
}

function showLegend() {
  const legend = document.getElementById("legend");
  for (const [type, color] of Object.entries(EVENT_TYPE_COLORS)) {
    legend.append(el("span", {className: "legend-item"}, el("span", {className: "swatch", style: `background:${color}`}), type));
  }
}

function listRow(event) {
  return el("li", {className: "event-row", tabIndex: 0, dataset: {id: event.id}, onclick: () => selectEvent(event.id),
                   onkeydown: e => { if (e.key === "Enter") selectEvent(event.id); }},
    el("span", {className: "swatch", style: `background:${typeColor(event.event_type)}`, title: event.event_type}),
    el("span", {className: "row-main"},
       el("span", {className: "row-date"}, event.event_date || "undated"), " ",
       el("strong", {}, event.sub_event_type || event.event_type), " ",
       el("bdi", {}, [event.location, event.country].filter(Boolean).join(", "))),
    el("span", {className: "row-actors"}, el("bdi", {}, [event.actor1, event.actor2].filter(Boolean).join(" vs "))),
    event.fatalities ? el("span", {className: "row-fatalities", title: "fatalities"}, `✝ ${event.fatalities}`) : null);
}

function showStatus(total, shown, onMap) {
  clear(status).append(`${formatNumber(total)} events`);
  if (total > shown) status.append(` · list shows the ${formatNumber(shown)} most recent`);
  if (total > onMap) status.append(` · map shows ${formatNumber(onMap)}`);
}

function showError(error) {
  clear(status).append(el("span", {className: "error"}, error instanceof ApiError ? error.message : `Error: ${error.message}`));
}

let generation = 0;   // answers to an older filter state are dropped

async function refreshEvents() {
  const mine = ++generation;
  try {
    const data = await getJSON("api/events", {...currentFilters(), limit: MAP_LIMIT, fields: MAP_FIELDS});
    if (mine !== generation) return;
    const onMap = eventMap.showEvents(data.events);
    clear(list);
    append(list, data.events.slice(0, LIST_LIMIT).map(listRow));
    showStatus(data.total, Math.min(LIST_LIMIT, data.events.length), onMap);
  } catch (error) {
    if (mine === generation) showError(error);
  }
}

async function refreshTimeline() {
  try {
    const stats = await getJSON("api/stats", withoutDates(currentFilters()));
    timeline.setWeeks(Object.entries(stats.by_week).map(([week, count]) => ({week: isoWeekMonday(week), count})));
    timeline.setRange(form.since.value, form.until.value);
  } catch (error) {
    showError(error);
  }
}

function setDateRange(since, until) {
  form.since.value = since || "";
  form.until.value = until || "";
  refreshEvents();
}

async function selectEvent(id) {
  detail.hidden = false;
  for (const row of list.querySelectorAll(".event-row.selected")) row.classList.remove("selected");
  list.querySelector(`.event-row[data-id="${Number(id)}"]`)?.classList.add("selected");
  try {
    await showEventDetail(detailBody, id);
    eventMap.focus(id);
  } catch (error) {
    clear(detailBody).append(el("p", {className: "error"}, error.message));
  }
}

function closeDetail() {
  detail.hidden = true;
  clear(detailBody);
}

function onFilterChange(event) {
  if (event.target.name === "since" || event.target.name === "until") {
    timeline.setRange(form.since.value, form.until.value);
    refreshEvents();
  } else {
    refreshEvents();
    refreshTimeline();
  }
}

async function start() {
  showLegend();
  document.getElementById("detail-close").addEventListener("click", closeDetail);
  form.addEventListener("submit", e => e.preventDefault());
  form.addEventListener("change", onFilterChange);
  const typed = debounce(onFilterChange, 350);
  form.actor.addEventListener("input", typed);
  form.q.addEventListener("input", typed);
  form.addEventListener("reset", () => setTimeout(() => { refreshEvents(); refreshTimeline(); }));
  try {
    const stats = await getJSON("api/stats");
    fillSelect(form.event_type, stats.by_event_type);
    fillSelect(form.country, stats.by_country);
  } catch (error) {
    showError(error);
  }
  await Promise.all([eventMap.drawCountries("vendor/countries-50m.json"), refreshEvents(), refreshTimeline()]);
  document.body.dataset.ready = "true";   // for tests and scripts: first data is on screen
}

start();

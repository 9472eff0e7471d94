// "Try an article": post the pasted text to /api/extract and show the events with their
// evidence, actors, places, dates and casualty counts highlighted in the text.
import {arabicBlock, clear, el, fieldRow, formatNumber, highlight, postJSON, typeColor} from "./common.js";

const form = document.getElementById("extract-form");
const status = document.getElementById("x-status");
const result = document.getElementById("x-result");
const eventsList = document.getElementById("x-events");
const articleBox = document.getElementById("x-article");

// The argument spans of an event, each with the class that styles it.
const ROLES = [
  ["actor1", "role-actor", "Actor 1"], ["actor2", "role-actor", "Actor 2"],
  ["location", "role-place", "Location"], ["date", "role-date", "Date"], ["fatalities", "role-number", "Fatalities"],
];

function eventSpans(event, index) {
  const label = `Event ${index + 1}: ${event.event_type}`;
  const evidence = (event.all_evidence?.length ? event.all_evidence : [event.evidence]).filter(Boolean)
    .map(s => ({start: s.start, end: s.end, className: `evidence ev-${index}`, color: typeColor(event.event_type), label}));
  const roles = ROLES.filter(([key]) => event[key] && Number.isInteger(event[key].start))
    .map(([key, className, name]) => ({start: event[key].start, end: event[key].end, className,
                                       label: `${name}: ${event[key].name ?? event[key].value ?? ""}`}));
  return [...evidence, ...roles];
}

function eventCard(event, index) {
  const a1 = event.actor1, a2 = event.actor2, loc = event.location, date = event.date, fat = event.fatalities;
  return el("li", {className: "event-card", dataset: {index}},
    el("h3", {}, el("span", {className: "swatch", style: `background:${typeColor(event.event_type)}`}),
       `${index + 1}. ${event.event_type}`, event.sub_event_type ? el("small", {}, ` ${event.sub_event_type}`) : null),
    el("table", {className: "fields"}, el("tbody", {},
      fieldRow("Date", date?.value ?? (date ? "unresolved" : null), date?.expression),
      fieldRow("Actor 1", a1?.name, a1?.text),
      fieldRow("Actor 2", a2?.name, a2?.text),
      fieldRow("Location", loc?.name, loc?.admin1, loc?.country, loc?.name_ar),
      fieldRow("Fatalities", fat?.value === null || fat?.value === undefined ? null : formatNumber(fat.value), fat?.expression),
      fieldRow("Notes", event.notes))),
    event.evidence?.text ? arabicBlock("blockquote", {className: "evidence-quote"}, event.evidence.text) : null);
}

function focusEvent(index) {
  for (const mark of articleBox.querySelectorAll("mark.active")) mark.classList.remove("active");
  const marks = articleBox.querySelectorAll(`mark.ev-${index}`);
  marks.forEach(m => m.classList.add("active"));
  marks[0]?.scrollIntoView({block: "center", behavior: "smooth"});
}

function showResult(text, doc) {
  clear(eventsList);
  doc.events.forEach((event, i) => eventsList.append(eventCard(event, i)));
  if (!doc.events.length) eventsList.append(el("li", {className: "muted"}, "No events found in this article."));
  clear(articleBox).append(highlight(text, doc.events.flatMap(eventSpans)));
  const entities = clear(document.getElementById("x-entities"));
  for (const entity of doc.entities) {
    entities.append(el("li", {}, el("span", {className: "tag"}, entity.type), " ",
                       el("bdi", {lang: "ar"}, entity.text), entity.name && entity.name !== entity.text ? ` (${entity.name})` : ""));
  }
  if (!doc.entities.length) entities.append(el("li", {className: "muted"}, "None found."));
  const warnings = clear(document.getElementById("x-warnings"));
  for (const warning of doc.warnings) warnings.append(el("li", {}, warning));
  result.hidden = false;
}

async function onSubmit(event) {
  event.preventDefault();
  const text = form.text.value;
  const button = document.getElementById("x-submit");
  button.disabled = true;
  clear(status).append("Extracting…");
  try {
    const doc = await postJSON("api/extract", {text, published: form.published.value || null, title: form.title.value || null});
    showResult(text, doc);
    clear(status).append(`${doc.events.length} event${doc.events.length === 1 ? "" : "s"} found`);
  } catch (error) {
    clear(status).append(el("span", {className: "error"}, error.message));
  } finally {
    button.disabled = false;
  }
}

form.addEventListener("submit", onSubmit);
eventsList.addEventListener("click", e => {
  const card = e.target.closest(".event-card");
  if (card) focusEvent(card.dataset.index);
});
document.body.dataset.ready = "true";

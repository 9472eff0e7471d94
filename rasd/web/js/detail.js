// The event detail panel: the event's fields, then its article with the evidence
// highlighted (this event's evidence strongly, the article's other events lightly).
import {arabicBlock, clear, el, externalLink, fieldRow, formatNumber, getJSON, highlight, typeColor} from "./common.js";

const PRECISION = {1: "exact", 2: "approximate", 3: "region / month"};

function arabicName(arabic, english) {
  return arabic && arabic !== english ? el("bdi", {lang: "ar", className: "ar-inline"}, arabic) : null;
}

function fieldsTable(event) {
  const rows = [
    fieldRow("Date", event.event_date, event.time_precision ? `precision: ${PRECISION[event.time_precision] || event.time_precision}` : null),
    fieldRow("Type", event.event_type),
    fieldRow("Sub-type", event.sub_event_type),
    fieldRow("Disorder", event.disorder_type),
    fieldRow("Actor 1", event.actor1, arabicName(event.actor1_ar, event.actor1)),
    fieldRow("Actor 2", event.actor2, arabicName(event.actor2_ar, event.actor2)),
    fieldRow("Location", event.location, event.admin1, event.country),
    fieldRow("Coordinates", event.latitude !== null && event.latitude !== undefined
      ? `${Number(event.latitude).toFixed(3)}, ${Number(event.longitude).toFixed(3)}` : null,
      event.geo_precision ? `precision: ${event.geo_precision}` : null),
    fieldRow("Fatalities", event.fatalities === null || event.fatalities === undefined ? null : formatNumber(event.fatalities)),
    fieldRow("Source", event.source, event.published),
  ];
  return el("table", {className: "fields"}, el("tbody", {}, rows));
}

function evidenceSpans(event, className) {
  return (event.evidence || []).map(s => ({
    start: s.start, end: s.end, className, color: typeColor(event.event_type),
    label: `${event.event_type || "event"}${event.sub_event_type ? ` — ${event.sub_event_type}` : ""}`,
  }));
}

export function articleView(article, event) {
  const others = (article.events || []).filter(e => e.id !== event.id);
  const spans = [...others.flatMap(e => evidenceSpans(e, "evidence-other")), ...evidenceSpans(event, "evidence")];
  return el("section", {className: "article"},
    el("h3", {className: "section-title"}, "Article"),
    article.title ? arabicBlock("h4", {className: "article-title"}, article.title) : null,
    el("p", {className: "muted"}, [article.source, article.published].filter(Boolean).join(" · "), " ",
       article.url ? externalLink(article.url, "original") : null),
    arabicBlock("div", {className: "article-text"}, highlight(article.text || "", spans)));
}

export async function showEventDetail(container, eventId) {
  clear(container).append(el("p", {className: "muted"}, "Loading…"));
  const event = await getJSON(`api/events/${encodeURIComponent(eventId)}`);
  const article = event.article_id ? await getJSON(`api/articles/${encodeURIComponent(event.article_id)}`) : null;
  const quote = (event.evidence || []).map(s => s.text).filter(Boolean).join(" … ");
  clear(container).append(
    el("h2", {className: "detail-title"},
       el("span", {className: "swatch", style: `background:${typeColor(event.event_type)}`}),
       event.event_type || "Event", event.sub_event_type ? el("small", {}, ` ${event.sub_event_type}`) : null),
    fieldsTable(event),
    event.notes ? el("p", {className: "notes"}, el("bdi", {}, event.notes)) : null,
    quote ? arabicBlock("blockquote", {className: "evidence-quote"}, quote) : null,
    article ? articleView(article, event) : null);
  container.querySelector("mark.evidence")?.scrollIntoView({block: "nearest"});
  return event;
}

// Helpers shared by the dashboard and the extraction page.
//
// Everything shown here comes from articles or from extraction over them, so it is
// untrusted: text is only ever put into the page with textContent / text nodes, never
// parsed as HTML. Highlights are built by cutting the text into text nodes and <mark>s.

export const EVENT_TYPE_COLORS = {
  "Battles": "#c0392b",
  "Explosions/Remote violence": "#e67e22",
  "Violence against civilians": "#8e44ad",
  "Protests": "#2980b9",
  "Riots": "#16a085",
  "Strategic developments": "#7f8c8d",
};
const FALLBACK_COLOR = "#34495e";

export function typeColor(eventType) {
  return EVENT_TYPE_COLORS[eventType] || FALLBACK_COLOR;
}

// el("div", {className: "x", title: "…"}, child, "text", …): children that are strings
// become text nodes, so no string ever reaches the HTML parser.
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null) continue;
    if (key === "dataset") Object.assign(node.dataset, value);
    else if (key in node && !key.startsWith("on")) node[key] = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

async function parseResponse(response) {
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(response.status, body.detail || response.statusText);
  return body;
}

export async function getJSON(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") query.set(key, value);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  return parseResponse(await fetch(url, {headers: {Accept: "application/json"}}));
}

export async function postJSON(path, payload) {
  return parseResponse(await fetch(path, {
    method: "POST",
    headers: {"Content-Type": "application/json", Accept: "application/json"},
    body: JSON.stringify(payload),
  }));
}

// Offsets from the server count Unicode code points (Python str indices); JavaScript
// strings index UTF-16 units, which differ as soon as an article contains an emoji.
export function codePoints(text) {
  return Array.from(text || "");
}

// A fragment of `text` where each {start, end, className, label} span becomes a <mark>.
// Overlapping spans are allowed: the text is cut at every span boundary and each piece
// is marked with the classes of all spans covering it.
export function highlight(text, spans, {onMark} = {}) {
  const chars = codePoints(text);
  const usable = spans.filter(s => Number.isInteger(s.start) && Number.isInteger(s.end)
                                   && 0 <= s.start && s.start < s.end && s.end <= chars.length);
  const cuts = new Set([0, chars.length]);
  for (const s of usable) { cuts.add(s.start); cuts.add(s.end); }
  const bounds = [...cuts].sort((a, b) => a - b);
  const fragment = document.createDocumentFragment();
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [from, to] = [bounds[i], bounds[i + 1]];
    const piece = chars.slice(from, to).join("");
    const covering = usable.filter(s => s.start <= from && to <= s.end);
    if (!covering.length) { fragment.append(document.createTextNode(piece)); continue; }
    const mark = el("mark", {
      className: [...new Set(covering.map(s => s.className || "hl"))].join(" "),
      title: covering.map(s => s.label).filter(Boolean).join(" · ") || undefined,
    }, piece);
    if (covering.some(s => s.color)) mark.style.setProperty("--mark-color", covering.find(s => s.color).color);
    if (onMark) onMark(mark, covering);
    fragment.append(mark);
  }
  return fragment;
}

// Arabic text goes in an element that knows it is Arabic: right-to-left, Arabic font.
export function arabicBlock(tag, props, ...children) {
  return el(tag, {...props, dir: "rtl", lang: "ar"}, ...children);
}

export function formatNumber(n) {
  return n === null || n === undefined ? "–" : Number(n).toLocaleString("en-US");
}

export function debounce(fn, ms) {
  let timer;
  return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
}

// One "label: value" row of a field table; each text value is isolated in a <bdi> so an
// Arabic value does not reorder the English around it.
export function fieldRow(label, ...values) {
  const shown = values.filter(v => v !== null && v !== undefined && v !== "");
  if (!shown.length) return null;
  return el("tr", {}, el("th", {scope: "row"}, label),
            el("td", {}, ...shown.flatMap((v, i) => [i ? " · " : "", v instanceof Node ? v : el("bdi", {}, String(v))])));
}

// A link only for http(s) addresses: a source URL is untrusted and "javascript:" must not become clickable.
export function externalLink(url, text) {
  let parsed;
  try { parsed = new URL(url); } catch { return text ? el("span", {}, text) : null; }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return el("span", {}, text || url);
  return el("a", {href: parsed.href, rel: "noopener noreferrer nofollow", target: "_blank"}, text || parsed.href);
}

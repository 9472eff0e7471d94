// Events per week as bars, with a d3 brush: dragging selects the date range the map shows.
/* global d3 */
import {clear, el} from "./common.js";

const HEIGHT = 110;
const MARGIN = {top: 8, right: 12, bottom: 22, left: 36};
const DAY_MS = 86400000;
const OUTLIER_SHARE = 0.005;   // at most this share of events, at each end, may be left off the axis

// The weeks without the few events at either end that lie far from the rest (an article
// "dated" 1970 would otherwise squeeze every real week into a sliver). The date inputs
// still reach them.
export function trimOutliers(weeks) {
  const total = weeks.reduce((n, w) => n + w.count, 0);
  const cut = total * OUTLIER_SHARE;
  let first = 0, last = weeks.length - 1, dropped = 0;
  while (first < last && dropped + weeks[first].count <= cut) dropped += weeks[first++].count;
  dropped = 0;
  while (last > first && dropped + weeks[last].count <= cut) dropped += weeks[last--].count;
  return weeks.slice(first, last + 1);
}

export function isoDay(date) {
  return d3.utcFormat("%Y-%m-%d")(date);
}

export class Timeline {
  constructor(container, {onRange}) {
    this.container = container;
    this.onRange = onRange;
    this.weeks = [];
    this.silent = false;   // set while moving the brush from code, so that does not re-filter
    new ResizeObserver(() => this.render()).observe(container);
  }

  // weeks: [{week: "YYYY-MM-DD" (first day), count}]
  setWeeks(weeks) {
    this.weeks = trimOutliers(weeks.map(w => ({start: new Date(`${w.week}T00:00:00Z`), count: w.count}))
                                   .filter(w => !isNaN(w.start)).sort((a, b) => a.start - b.start));
    this.render();
  }

  setRange(since, until) {
    this.range = since || until ? [since, until] : null;
    this.placeBrush();
  }

  render() {
    clear(this.container);
    const width = this.container.clientWidth;
    if (!width) return;
    if (!this.weeks.length) {
      this.container.append(el("p", {className: "muted"}, "No dated events for these filters."));
      return;
    }
    const innerW = width - MARGIN.left - MARGIN.right;
    const innerH = HEIGHT - MARGIN.top - MARGIN.bottom;
    const first = this.weeks[0].start;
    const last = new Date(+this.weeks[this.weeks.length - 1].start + 7 * DAY_MS);
    this.x = d3.scaleUtc().domain([first, last]).range([0, innerW]);
    const y = d3.scaleLinear().domain([0, d3.max(this.weeks, w => w.count)]).nice().range([innerH, 0]);

    const svg = d3.select(this.container).append("svg").attr("width", width).attr("height", HEIGHT)
      .attr("role", "img").attr("aria-label", "Events per week");
    const plot = svg.append("g").attr("transform", `translate(${MARGIN.left},${MARGIN.top})`);
    plot.append("g").attr("class", "bars").selectAll("rect").data(this.weeks).join("rect")
      .attr("x", w => this.x(w.start) + 0.5)
      .attr("width", w => Math.max(1, this.x(new Date(+w.start + 7 * DAY_MS)) - this.x(w.start) - 1))
      .attr("y", w => y(w.count)).attr("height", w => innerH - y(w.count))
      .append("title").text(w => `week of ${isoDay(w.start)}: ${w.count} events`);
    plot.append("g").attr("transform", `translate(0,${innerH})`).call(d3.axisBottom(this.x).ticks(Math.max(2, innerW / 90)));
    // Counts are whole numbers: no tick at 0.5 events.
    plot.append("g").call(d3.axisLeft(y).tickValues(y.ticks(3).filter(Number.isInteger)).tickFormat(d3.format("~s")));

    this.brush = d3.brushX().extent([[0, 0], [innerW, innerH]]).on("end", event => this.brushed(event));
    this.brushLayer = plot.append("g").attr("class", "brush").call(this.brush);
    this.placeBrush();
  }

  placeBrush() {
    if (!this.brush || !this.x) return;
    this.silent = true;
    const [lo, hi] = this.x.domain();
    const selection = this.range
      ? [this.x(this.range[0] ? new Date(`${this.range[0]}T00:00:00Z`) : lo),
         this.x(this.range[1] ? new Date(+new Date(`${this.range[1]}T00:00:00Z`) + DAY_MS) : hi)]
      : null;
    this.brushLayer.call(this.brush.move, selection);
    this.silent = false;
  }

  brushed({selection, sourceEvent}) {
    if (this.silent || !sourceEvent) return;
    if (!selection) { this.range = null; this.onRange(null, null); return; }
    const [from, to] = selection.map(px => d3.utcDay.round(this.x.invert(px)));
    const until = new Date(Math.max(+from, +to - DAY_MS));   // brush end is exclusive
    this.range = [isoDay(from), isoDay(until)];
    this.onRange(...this.range);
  }
}

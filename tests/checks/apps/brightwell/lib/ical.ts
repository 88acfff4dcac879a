import ical from "ical-generator";

export type CalItem = { id: string; title: string; start: Date; end: Date };

export function buildIcs(items: CalItem[], name = "Brightwell volunteering") {
  const cal = ical({ name });
  for (const it of items) cal.createEvent({ id: it.id, summary: it.title, start: it.start, end: it.end });
  return cal.toString();
}

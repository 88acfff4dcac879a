import { prisma } from "../../../lib/db/prisma";

// Calendar feed for a provider: /api/legacy/ical?provider=...
// ruleid: missing-auth // ruleid: missing-input-validation -- ruling pass 34: a pages-router `req.query` value (`string | string[]`, cast or `String()`: no check) into a DB call is reported (was todook)
export default async function handler(req, res) {
  const providerId = String(req.query.provider || "");
  const appts = await prisma.appointment.findMany({
    where: { providerId },
    select: { startsAt: true, reason: true, patient: { select: { firstName: true, lastName: true } } },
  });
  res.setHeader("content-type", "text/calendar");
  res.send(appts.map((a) => `BEGIN:VEVENT\nDTSTART:${a.startsAt.toISOString()}\nSUMMARY:${a.patient.firstName} ${a.patient.lastName} ${a.reason || ""}\nEND:VEVENT`).join("\n"));
}

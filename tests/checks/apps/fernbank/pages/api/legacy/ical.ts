import type { NextApiRequest, NextApiResponse } from "next";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle/client";
import { workShifts } from "@/lib/db/drizzle/schema";
import { prisma } from "@/lib/db/prisma";

/** Public work-day calendar of public gardens. */
// ok: missing-input-validation, missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const slug = typeof req.query.garden === "string" ? req.query.garden : "";
  if (!/^[a-z0-9-]{3,40}$/.test(slug)) return res.status(404).end();
  const garden = await prisma.garden.findFirst({ where: { slug, isPublic: true }, select: { id: true } });
  if (!garden) return res.status(404).end();
  const shifts = await db.select({ id: workShifts.id, title: workShifts.title, startsAt: workShifts.startsAt }).from(workShifts).where(and(eq(workShifts.gardenId, garden.id), eq(workShifts.cancelled, false)));
  res.setHeader("content-type", "text/calendar");
  return res.send(["BEGIN:VCALENDAR", ...shifts.map((s) => `BEGIN:VEVENT\r\nUID:${s.id}\r\nSUMMARY:${s.title}\r\nEND:VEVENT`), "END:VCALENDAR"].join("\r\n"));
}

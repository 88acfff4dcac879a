import type { NextApiRequest, NextApiResponse } from "next";
import { getAuth } from "@clerk/nextjs/server";
import { eq } from "drizzle-orm";
import { db, bookings, members } from "@/lib/db";

// Calendar feed for the member's own bookings.
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { userId } = getAuth(req);
  if (!userId) return res.status(401).end();
  const [m] = await db.select({ id: members.id }).from(members).where(eq(members.clerkUserId, userId));
  const rows = await db.select({ id: bookings.id, startsAt: bookings.startsAt, endsAt: bookings.endsAt }).from(bookings).where(eq(bookings.memberId, m.id));
  res.setHeader("content-type", "text/calendar");
  // ok: excessive-data-exposure
  res.send(rows.map((b) => `BEGIN:VEVENT\nUID:${b.id}\nDTSTART:${b.startsAt.toISOString()}\nEND:VEVENT`).join("\n"));
}

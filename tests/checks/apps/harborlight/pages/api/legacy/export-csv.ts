import type { NextApiRequest, NextApiResponse } from "next";
import { fromNodeHeaders } from "better-auth/node";
import { and, eq, gte, lte } from "drizzle-orm";
import { auth } from "@/lib/auth/better-auth";
import { db, bookings } from "@/lib/db";

// Legacy CSV export for the accountant's Excel macro.
// ok: missing-auth, missing-input-validation, missing-authorization
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await auth.api.getSession({ headers: fromNodeHeaders(req.headers) });
  if (!session?.session.activeOrganizationId) return res.status(401).json({ error: "unauthorized" });
  const from = typeof req.query.from === "string" && /^\d{4}-\d{2}-\d{2}$/.test(req.query.from) ? req.query.from : "1970-01-01";
  const to = typeof req.query.to === "string" && /^\d{4}-\d{2}-\d{2}$/.test(req.query.to) ? req.query.to : "2999-12-31";
  const rows = await db
    .select({ id: bookings.id, berthId: bookings.berthId, startsOn: bookings.startsOn, endsOn: bookings.endsOn, totalCents: bookings.totalCents, paidCents: bookings.paidCents })
    .from(bookings)
    .where(and(eq(bookings.organizationId, session.session.activeOrganizationId), gte(bookings.startsOn, from), lte(bookings.endsOn, to)));
  res.setHeader("content-type", "text/csv");
  res.setHeader("content-disposition", "attachment; filename=bookings.csv");
  res.send(["id,berth,from,to,total,paid", ...rows.map((r) => [r.id, r.berthId, r.startsOn, r.endsOn, r.totalCents, r.paidCents].join(","))].join("\n"));
}

import { NextResponse } from "next/server";
import { createHmac } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { agencies, agencyAssignments } from "@/lib/db/schema";

// Agencies' TMS systems push assignment status here, signed with a per-agency secret.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const agencyId = z.string().uuid().safeParse(req.headers.get("x-agency-id"));
  if (!agencyId.success) return NextResponse.json({ error: "unknown agency" }, { status: 404 });
  const [agency] = await db.select({ webhookSecret: agencies.webhookSecret }).from(agencies).where(eq(agencies.id, agencyId.data));
  if (!agency?.webhookSecret) return NextResponse.json({ error: "unknown agency" }, { status: 404 });
  const digest = createHmac("sha256", agency.webhookSecret).update(raw).digest("hex");
  // ruleid: timing-unsafe-comparison
  if (req.headers.get("x-signature") !== digest) return NextResponse.json({ error: "bad signature" }, { status: 401 });
  const body = JSON.parse(raw);
  if (typeof body.assignmentId !== "string" || !["assigned", "done"].includes(body.status)) return NextResponse.json({ error: "bad payload" }, { status: 400 });
  await db
    .update(agencyAssignments)
    .set({ status: body.status })
    // ok: missing-authorization
    .where(and(eq(agencyAssignments.id, body.assignmentId), eq(agencyAssignments.agencyId, agencyId.data)));
  return NextResponse.json({ ok: true });
}

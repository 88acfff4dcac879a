import { NextResponse } from "next/server";
import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { requireStaff } from "@/lib/auth/staff";
import { db, maintenanceRequests } from "@/lib/db";
import { draftQuote } from "@/lib/ai";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const staff = await requireStaff();
  const { requestId } = z.object({ requestId: z.string().uuid() }).parse(await req.json());
  // ok: missing-authorization
  const r = await db.query.maintenanceRequests.findFirst({ where: and(eq(maintenanceRequests.id, requestId), eq(maintenanceRequests.organizationId, staff.orgId)), columns: { title: true, description: true } });
  if (!r) return NextResponse.json({ error: "not found" }, { status: 404 });
  try {
    return NextResponse.json({ draft: await draftQuote(r.title, r.description, "€85/h") });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: "AI failed", detail: err }, { status: 502 });
  }
}

import { NextResponse } from "next/server";
import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { auth } from "@clerk/nextjs/server";
import { db } from "@/lib/db/drizzle";
import { agencies, agencyLinguists } from "@/lib/db/schema";
import { requireAgency } from "@/lib/auth/clerk";

// ok: missing-auth
export async function GET() {
  const { agency } = await requireAgency();
  const rows = await db
    .select({ id: agencyLinguists.id, displayName: agencyLinguists.displayName, role: agencyLinguists.role })
    .from(agencyLinguists)
    .where(eq(agencyLinguists.agencyId, agency.id));
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request) {
  const { userId, orgId } = await auth();
  if (!userId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const body = z.object({ agencyId: z.string(), linguistId: z.string().uuid(), ratePerWord: z.number().int().min(0) }).parse(await req.json());
  const [agency] = await db.select({ id: agencies.id, clerkOrgId: agencies.clerkOrgId }).from(agencies).where(eq(agencies.id, body.agencyId));
  if (!agency) return NextResponse.json({ error: "Unknown agency" }, { status: 404 });
  // ruleid: missing-authorization
  await db
    .update(agencyLinguists)
    .set({ ratePerWord: body.ratePerWord })
    .where(and(eq(agencyLinguists.id, body.linguistId), eq(agencyLinguists.agencyId, body.agencyId)));
  return NextResponse.json({ ok: true, org: orgId });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(req: Request) {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { linguistId } = z.object({ linguistId: z.string().uuid() }).parse(await req.json());
  const [agency] = await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.clerkOrgId, orgId));
  if (!agency) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  await db
    .update(agencyLinguists)
    .set({ active: false })
    // ok: missing-authorization
    .where(and(eq(agencyLinguists.id, linguistId), eq(agencyLinguists.agencyId, agency.id)));
  return NextResponse.json({ ok: true });
}

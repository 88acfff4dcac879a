import { NextResponse } from "next/server";
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { auth } from "@clerk/nextjs/server";
import { db, declarations } from "@/lib/db";
import { logEvent } from "@/lib/audit";

const bulkSchema = z.object({ ids: z.array(z.string().uuid()).min(1).max(200), status: z.enum(["submitted", "closed"]) });

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const { userId, orgId, orgRole } = await auth.protect();
  if (orgRole === "org:viewer") return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const body = bulkSchema.parse(await req.json());
  // ok: missing-authorization, mass-assignment
  const updated = await db.update(declarations).set({ status: body.status }).where(and(inArray(declarations.id, body.ids), eq(declarations.importerId, orgId!))).returning({ id: declarations.id });
  await logEvent({ importerId: orgId, actorId: userId, action: "declaration.bulk_status", meta: { n: updated.length } });
  // ok: excessive-data-exposure
  return NextResponse.json({ updated: updated.length });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(req: Request) {
  const { orgId, orgRole } = await auth.protect();
  if (orgRole !== "org:admin") return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const { ids } = bulkSchema.pick({ ids: true }).parse(await req.json());
  const deleted = await db.delete(declarations).where(inArray(declarations.id, ids)).returning({ id: declarations.id });
  return NextResponse.json({ deleted: deleted.length, org: orgId });
}

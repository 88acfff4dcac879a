import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { vessels } from "@/lib/db/schema";
import { requireRole } from "@/lib/auth/dal";

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = z.string().uuid().parse((await params).id);
  const [v] = await db.select({ id: vessels.id, name: vessels.name, berth: vessels.berth, capacity: vessels.capacity }).from(vessels).where(eq(vessels.id, id));
  if (!v) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(v);
}

const PatchSchema = z.object({ berth: z.string().max(40).optional(), dayRateCents: z.number().int().min(0).optional() });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function PATCH(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const staff = await requireRole("admin");
  const id = z.string().uuid().parse((await params).id);
  const patch = PatchSchema.parse(await req.json());
  // ok: missing-authorization, mass-assignment
  await db.update(vessels).set(patch).where(eq(vessels.id, id));
  const { auditLog } = await import("@/lib/audit");
  await auditLog({ actorId: staff.userId, action: "vessel.update", target: id });
  return NextResponse.json({ ok: true });
}

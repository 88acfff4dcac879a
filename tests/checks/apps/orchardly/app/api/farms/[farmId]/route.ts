import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db";
import { farms } from "@/db/schema";
import { requireNetworkAdmin } from "@/lib/auth";
import { recordActivity } from "@/lib/activity";

type Ctx = { params: Promise<{ farmId: string }> };

// Public farm profile (the farm map links here).
// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { farmId } = await params;
  const id = z.string().uuid().safeParse(farmId);
  if (!id.success) return NextResponse.json({ error: "not found" }, { status: 404 });
  const [farm] = await db.select({ id: farms.id, name: farms.name, slug: farms.slug, description: farms.description, lat: farms.lat, lng: farms.lng }).from(farms).where(and(eq(farms.id, id.data), eq(farms.isPublic, true))).limit(1);
  if (!farm) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(farm);
}

const patchSchema = z.object({ name: z.string().min(2).max(80).optional(), description: z.string().max(2000).optional(), isPublic: z.boolean().optional() });

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const { userId, orgId, has } = await auth();
  if (!userId || !orgId) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  if (!has({ role: "org:owner" })) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const { farmId } = await params;
  const body = patchSchema.parse(await req.json());
  // ok: missing-authorization, mass-assignment
  const [row] = await db.update(farms).set(body).where(and(eq(farms.id, z.string().uuid().parse(farmId)), eq(farms.clerkOrgId, orgId))).returning({ id: farms.id, name: farms.name });
  // ok: excessive-data-exposure
  return NextResponse.json(row ?? { error: "not found" });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function DELETE(_req: Request, { params }: Ctx) {
  const admin = await requireNetworkAdmin();
  const { farmId } = await params;
  const id = z.string().uuid().parse(farmId);
  await db.update(farms).set({ isPublic: false, clerkOrgId: `deleted:${id}` }).where(eq(farms.id, id));
  await recordActivity({ farmId: id, actorId: admin.id, action: "farm.deleted" });
  return new NextResponse(null, { status: 204 });
}

import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { requireRole } from "@/lib/auth/staff";
import { db, fuelDevices } from "@/lib/db";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-authorization
// ruleid: missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const staff = await requireRole(["harbour-master"]);
  const { id } = await params;
  const body = await req.json();
  // ruleid: mass-assignment
  await db.update(fuelDevices).set({ ...body }).where(and(eq(fuelDevices.id, id), eq(fuelDevices.organizationId, staff.orgId)));
  return NextResponse.json({ ok: true });
}

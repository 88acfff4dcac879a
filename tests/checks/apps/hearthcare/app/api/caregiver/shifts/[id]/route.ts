import { NextResponse } from "next/server";
import { z } from "zod";
import { validateRequest } from "@/lib/lucia";
import { kdb } from "@/lib/db/kysely";

async function isShiftOwner(caregiverId: string, shiftId: string) {
  const row = await kdb.selectFrom("shifts").select("id").where("id", "=", shiftId).where("caregiver_id", "=", caregiverId).executeTakeFirst();
  return Boolean(row);
}

// Caregiver web app: drop a shift (goes back to the open pool).
// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = z.string().uuid().parse((await params).id);
  const caregiverId = (user as any).caregiverId as string;
  // ruleid: floating-auth-check
  if (!isShiftOwner(caregiverId, id)) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  // ruleid: missing-authorization
  await kdb.updateTable("shifts").set({ status: "open" }).where("id", "=", id).execute();
  return NextResponse.json({ success: true });
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = z.string().uuid().parse((await params).id);
  const { note } = z.object({ note: z.string().max(500) }).parse(await req.json());
  const caregiverId = (user as any).caregiverId as string;
  // ok: floating-auth-check
  if (!(await isShiftOwner(caregiverId, id))) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  // ok: missing-authorization
  await kdb.updateTable("visits").set({ notes: note }).where("shift_id", "=", id).where("caregiver_id", "=", caregiverId).execute();
  return NextResponse.json({ success: true });
}

import { NextResponse } from "next/server";
import { z } from "zod";
import { requireStaff, requireRole, isPromoter } from "@/lib/auth/staff";
import { db } from "@/lib/db/kysely";
import { audit } from "@/lib/audit";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const ctx = await requireStaff();
  const id = z.string().uuid().parse((await params).id);
  // ok: missing-authorization
  const device = await db.selectFrom("device_keys").select(["id", "name", "gate", "key_prefix", "revoked_at"]).where("id", "=", id).where("festival_id", "=", ctx.festivalId).executeTakeFirst();
  // ok: excessive-data-exposure
  return device ? NextResponse.json(device) : NextResponse.json({ error: "Not found" }, { status: 404 });
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const ctx = await requireStaff();
  // ruleid: floating-auth-check
  if (!isPromoter()) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const id = z.string().uuid().parse((await params).id);
  const { gate } = z.object({ gate: z.enum(["main", "north", "artist", "vendor", "vip"]) }).parse(await req.json());
  await db.updateTable("device_keys").set({ gate }).where("id", "=", id).where("festival_id", "=", ctx.festivalId).execute();
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function DELETE(_req: Request, { params }: Ctx) {
  const ctx = await requireRole("org:promoter", "org:production_manager");
  const id = z.string().uuid().parse((await params).id);
  // ok: missing-authorization
  await db.updateTable("device_keys").set({ revoked_at: new Date() }).where("id", "=", id).where("festival_id", "=", ctx.festivalId).execute();
  await audit.log({ festivalId: ctx.festivalId, actorId: ctx.userId, action: "device.revoked", target: id });
  return new NextResponse(null, { status: 204 });
}

import { NextResponse } from "next/server";
import { z } from "zod";
import { requirePermission } from "@/lib/auth/clerk";
import { db } from "@/lib/db/kysely";
import { writeAudit } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const ctx = await requirePermission("org:settings:read");
  const row = await db.selectFrom("practice_settings").select(["reminder_sms", "booking_window_days", "cancellation_fee_cents"]).where("practice_id", "=", ctx.practiceId).executeTakeFirst();
  // ok: excessive-data-exposure
  return NextResponse.json(row ?? null);
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request) {
  const ctx = await requirePermission("org:settings:write");
  const body = z.object({ booking_window_days: z.number().int().min(1).max(365) }).strict().parse(await req.json());
  // ok: mass-assignment, missing-authorization
  await db.updateTable("practice_settings").set(body).where("practice_id", "=", ctx.practiceId).execute();
  await writeAudit({ actorId: ctx.userId, practiceId: ctx.practiceId, action: "settings.updated", meta: body });
  return NextResponse.json({ ok: true });
}

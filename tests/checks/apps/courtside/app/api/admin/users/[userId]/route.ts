import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { requireLeagueAdmin } from "@/lib/admin-auth";
import { db } from "@/lib/db";
import { users } from "@/db/schema";
import { auditLog } from "@/lib/audit";

type Ctx = { params: Promise<{ userId: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  await requireLeagueAdmin();
  const userId = z.string().min(1).parse((await params).userId);
  // ok: missing-authorization
  const user = await db.query.users.findFirst({ where: eq(users.id, userId) });
  // ruleid: excessive-data-exposure
  return NextResponse.json(user);
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function PATCH(req: Request, { params }: Ctx) {
  await requireLeagueAdmin();
  const userId = z.string().min(1).parse((await params).userId);
  const { role } = z.object({ role: z.enum(["member", "coach", "guardian", "club_admin", "referee", "suspended"]) }).parse(await req.json());
  try {
    // ok: missing-authorization
    await db.update(users).set({ role }).where(eq(users.id, userId));
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: "update failed", cause: err }, { status: 500 });
  }
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function DELETE(_req: Request, { params }: Ctx) {
  const admin = await requireLeagueAdmin();
  const userId = z.string().min(1).parse((await params).userId);
  // ok: missing-authorization
  await db.delete(users).where(eq(users.id, userId));
  await auditLog({ actorId: admin.userId, action: "user.delete", target: userId });
  return new NextResponse(null, { status: 204 });
}

import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { requireLeagueAdmin } from "@/lib/admin-auth";
import { db } from "@/lib/db";
import { users } from "@/db/schema";

// Support desk: reset 2FA for a locked-out coach.
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function DELETE(_req: Request, { params }: { params: Promise<{ userId: string }> }) {
  await requireLeagueAdmin();
  const userId = z.string().min(1).parse((await params).userId);
  // ok: missing-authorization
  await db.update(users).set({ twoFactorEnabled: false, twoFactorSecret: null }).where(eq(users.id, userId));
  return NextResponse.json({ ok: true });
}

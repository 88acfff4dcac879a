import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { db, apiKeys } from "@/lib/db";
import { requireMember } from "@/lib/auth";

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const member = await requireMember();
  const { id } = await params;
  const [key] = await db.select({ memberId: apiKeys.memberId }).from(apiKeys).where(eq(apiKeys.id, id));
  if (!key || key.memberId !== member.id) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: missing-authorization
  await db.update(apiKeys).set({ revokedAt: new Date() }).where(eq(apiKeys.id, id));
  return NextResponse.json({ ok: true });
}

import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { db, loans, tools } from "@/lib/db";
import { requireMember } from "@/lib/auth";

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const member = await requireMember();
  const { id } = await params;
  const { condition } = await req.json();
  const [loan] = await db.select({ memberId: loans.memberId, toolId: loans.toolId }).from(loans).where(eq(loans.id, id));
  if (!loan) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ruleid: missing-authorization
  await db.update(loans).set({ returnedAt: new Date(), conditionNotes: condition }).where(eq(loans.id, id));
  await db.update(tools).set({ available: true }).where(eq(tools.id, loan.toolId));
  return NextResponse.json({ ok: true, member: member.id });
}

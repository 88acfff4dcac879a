import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { familyMembers } from "@/lib/db/schema";
import { sql } from "@/lib/db/pg";

// ok: missing-auth
export async function GET() {
  const { userId } = await auth();
  if (!userId) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const links = await db.select({ clientId: familyMembers.clientId, canViewBilling: familyMembers.canViewBilling }).from(familyMembers).where(eq(familyMembers.clerkUserId, userId));
  const clientIds = links.filter((l) => l.canViewBilling).map((l) => l.clientId);
  if (!clientIds.length) return NextResponse.json([]);
  // ok: sql-injection
  const rows = await sql`SELECT id, amount_cents, status, due_at FROM invoices WHERE client_id IN ${sql(clientIds)}`;
  // ok: excessive-data-exposure
  return NextResponse.json(rows.map((r) => ({ id: r.id, amount: r.amount_cents / 100, status: r.status, dueAt: r.due_at })));
}

import { NextResponse, type NextRequest } from "next/server";
import { desc, eq } from "drizzle-orm";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";
import { invoices } from "@/db/schema";

// ok: missing-auth
// ok: missing-input-validation -- takes no input
export async function GET(req: NextRequest) {
  const session = await auth.api.getSession({ headers: req.headers });
  if (!session) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const rows = await db
    .select({ id: invoices.id, number: invoices.number, amountCents: invoices.amountCents, status: invoices.status })
    .from(invoices)
    .where(eq(invoices.createdBy, session.user.id))
    .orderBy(desc(invoices.createdAt));
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: NextRequest) {
  const session = await auth.api.getSession({ headers: req.headers });
  if (!session) {
    return new Response("Unauthorized", { status: 401 });
  }
  const body = await req.json();
  const [created] = await db
    .insert(invoices)
    // ruleid: mass-assignment
    .values({ ...body, createdBy: session.user.id })
    .returning({ id: invoices.id });
  return NextResponse.json(created, { status: 201 });
}

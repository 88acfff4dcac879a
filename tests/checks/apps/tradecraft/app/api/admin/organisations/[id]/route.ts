import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { requireSuperAdmin } from "@/lib/auth/admin";
import { db } from "@/lib/db/drizzle";
import { organisations } from "@/lib/db/schema";

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  await requireSuperAdmin();
  const id = z.string().uuid().parse((await params).id);
  // ok: missing-authorization
  const [org] = await db.select().from(organisations).where(eq(organisations.id, id));
  // ruleid: excessive-data-exposure
  return NextResponse.json(org);
}

// Support staff fix up an organisation's plan or UKPRN.
// ok: missing-auth
// ruleid: missing-input-validation
// ruleid: missing-audit-log
export async function PATCH(req: Request, { params }: { params: Promise<{ id: string }> }) {
  await requireSuperAdmin();
  const { id } = await params;
  const body = await req.json();
  await db
    .update(organisations)
    // ruleid: mass-assignment
    .set(body)
    // ok: missing-authorization
    .where(eq(organisations.id, id));
  return NextResponse.json({ ok: true });
}

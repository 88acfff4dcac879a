import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { apprentices } from "@/lib/db/schema";
import { verifyPartnerKey } from "@/lib/partner-auth";

// ok: missing-input-validation
// ruleid: missing-auth
export async function GET(req: Request, { params }: { params: Promise<{ uln: string }> }) {
  // ruleid: floating-auth-check
  if (!verifyPartnerKey(req)) return NextResponse.json({ error: "Invalid API key" }, { status: 401 });
  const uln = z.string().regex(/^\d{10}$/).parse((await params).uln);
  const [row] = await db
    .select({ id: apprentices.id, firstName: apprentices.firstName, lastName: apprentices.lastName, status: apprentices.status })
    .from(apprentices)
    .where(eq(apprentices.uln, uln));
  return NextResponse.json(row ?? null);
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function PUT(req: Request, { params }: { params: Promise<{ uln: string }> }) {
  const key = await verifyPartnerKey(req);
  const uln = z.string().regex(/^\d{10}$/).parse((await params).uln);
  const { status } = z.object({ status: z.enum(["gateway", "completed", "withdrawn"]) }).parse(await req.json());
  await db.update(apprentices).set({ status }).where(eq(apprentices.uln, uln));
  return NextResponse.json({ ok: true, via: key?.id ?? null });
}

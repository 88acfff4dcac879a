import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db, declarations } from "@/lib/db";
import { getOptionalTenant } from "@/lib/tenant";
import { stripe } from "@/lib/stripe";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const tenant = await getOptionalTenant();
  if (!tenant) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { declarationId } = z.object({ declarationId: z.string().uuid() }).parse(await req.json());
  // ok: missing-authorization
  const decl = await db.query.declarations.findFirst({ where: and(eq(declarations.id, declarationId), eq(declarations.importerId, tenant.orgId)), columns: { id: true, dutyTotal: true } });
  // ok: information-disclosure
  if (!decl) return NextResponse.json({ error: "not found" }, { status: 404 });
  try {
    const intent = await stripe.paymentIntents.create({ amount: Math.round(Number(decl.dutyTotal) * 100), currency: "eur", metadata: { declarationId: decl.id, importerId: tenant.orgId } });
    return NextResponse.json({ clientSecret: intent.client_secret });
  } catch (err) {
    console.error(err);
    // ok: information-disclosure
    return NextResponse.json({ error: "Payment provider unavailable" }, { status: 502 });
  }
}

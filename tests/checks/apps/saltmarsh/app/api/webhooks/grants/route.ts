import { NextResponse } from "next/server";
import { z } from "zod";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { grants } from "@/lib/db/schema";
import { hmacHex, secureCompare } from "@/lib/crypto";
import { logger } from "@/lib/audit";

const EventSchema = z.object({ type: z.literal("grant.disbursed"), code: z.string(), amountCents: z.number().int().positive() });

// Finance office posts disbursements, signed with a shared secret.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get("x-finance-signature") ?? "";
  const expected = hmacHex(process.env.FINANCE_WEBHOOK_SECRET!, raw);
  // ok: timing-unsafe-comparison
  if (!secureCompare(signature, expected)) return NextResponse.json({ error: "bad signature" }, { status: 401 });
  const evt = EventSchema.parse(JSON.parse(raw));
  const [g] = await db.select({ id: grants.id, balanceCents: grants.balanceCents }).from(grants).where(eq(grants.code, evt.code));
  if (!g) return NextResponse.json({ ok: true });
  // ok: missing-authorization, mass-assignment
  await db.update(grants).set({ balanceCents: g.balanceCents + evt.amountCents }).where(eq(grants.id, g.id));
  logger.info({ grant: g.id, amount: evt.amountCents }, "disbursement applied");
  return NextResponse.json({ ok: true });
}

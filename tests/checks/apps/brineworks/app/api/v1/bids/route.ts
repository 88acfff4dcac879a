import { NextResponse } from "next/server";
import * as v from "valibot";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/db";
import { apiKeys, bids } from "@/db/schema";
import { sha256 } from "@/lib/secure-compare";
import { apiLimiter } from "@/lib/ratelimit";
import { lotIsOpen } from "@/lib/dal";

async function keyOwner(req: Request) {
  const key = req.headers.get("x-api-key");
  if (!key) return null;
  const [row] = await db
    .select({ userId: apiKeys.userId })
    .from(apiKeys)
    .where(and(eq(apiKeys.hashedKey, sha256(key)), isNull(apiKeys.revokedAt)));
  return row?.userId ?? null;
}

// Bidding terminal API for buyers' own software.
// ok: missing-input-validation, missing-authorization
export async function POST(req: Request) {
  const userId = await keyOwner(req);
  if (!userId) return NextResponse.json({ error: "invalid api key" }, { status: 401 });
  const { success } = await apiLimiter.limit(`v1:${userId}`);
  if (!success) return NextResponse.json({ error: "rate limited" }, { status: 429 });
  const body = v.safeParse(v.object({ lotId: v.pipe(v.string(), v.uuid()), amount: v.pipe(v.string(), v.decimal()) }), await req.json());
  if (!body.success) return NextResponse.json({ error: "invalid" }, { status: 400 });
  // ok: floating-auth-check
  if (!(await lotIsOpen(body.output.lotId))) return NextResponse.json({ error: "closed" }, { status: 409 });
  await db.insert(bids).values({ lotId: body.output.lotId, buyerId: userId, amount: body.output.amount, source: "api" });
  return NextResponse.json({ ok: true }, { status: 201 });
}

import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { kdb } from "@/lib/db/kysely";
import { ratelimit } from "@/lib/ratelimit";
import { secureCompare } from "@/lib/crypto";

const Query = z.object({ code: z.string().min(6).max(24), pin: z.string().regex(/^\d{4}$/) });

// Public balance checker on the gift card landing page.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: NextRequest) {
  const ip = req.headers.get("x-forwarded-for") ?? "anon";
  const { success } = await ratelimit.limit(`gc-balance:${ip}`);
  if (!success) return NextResponse.json({ error: "Too many requests" }, { status: 429 });

  const parsed = Query.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid request" }, { status: 400 });

  const card = await kdb
    .selectFrom("gift_cards")
    .select(["pin", "balance_cents"])
    .where("code", "=", parsed.data.code)
    .executeTakeFirst();
  // ok: timing-unsafe-comparison
  if (!card || !secureCompare(card.pin, parsed.data.pin)) {
    // ok: information-disclosure
    return NextResponse.json({ error: "Card or PIN not recognised" }, { status: 404 });
  }
  // ok: excessive-data-exposure
  return NextResponse.json({ balanceCents: card.balance_cents });
}

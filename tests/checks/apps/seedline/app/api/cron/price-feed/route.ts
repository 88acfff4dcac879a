import { NextResponse } from "next/server";
import { z } from "zod";
import { kdb } from "@/lib/kysely";
import { secureCompare } from "@/lib/crypto";

const feedSchema = z.array(z.object({ crop: z.string(), market: z.string(), pricePerKg: z.number().positive() }));

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const presented = req.headers.get("authorization")?.replace("Bearer ", "") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(presented, process.env.CRON_SECRET ?? "")) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const res = await fetch(`${process.env.PRICE_FEED_URL}/latest`, { headers: { "x-api-key": process.env.PRICE_FEED_KEY! } });
  const prices = feedSchema.parse(await res.json());
  if (prices.length) {
    await kdb
      .insertInto("market_prices")
      .values(prices.map((p) => ({ id: crypto.randomUUID(), crop: p.crop, market: p.market, price_per_kg: p.pricePerKg, observed_at: new Date() })))
      .execute();
  }
  return NextResponse.json({ inserted: prices.length });
}

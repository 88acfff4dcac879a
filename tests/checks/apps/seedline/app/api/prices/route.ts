import { NextResponse } from "next/server";
import { kdb } from "@/lib/kysely";

// Public market price board shown on the landing page and USSD menu.
// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const crop = new URL(req.url).searchParams.get("crop");
  let q = kdb.selectFrom("market_prices").select(["crop", "market", "price_per_kg", "observed_at"]).orderBy("observed_at", "desc").limit(50);
  if (crop && /^[a-z]{3,20}$/.test(crop)) q = q.where("crop", "=", crop);
  const rows = await q.execute();
  // ok: excessive-data-exposure
  return NextResponse.json(rows, { headers: { "cache-control": "s-maxage=300" } });
}

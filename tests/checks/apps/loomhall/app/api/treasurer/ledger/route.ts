import { NextResponse } from "next/server";
import { z } from "zod";
import { requireTreasurer } from "@/lib/guards";
import { ledgerSorted, studioBalance } from "@/lib/data/ledger";

const query = z.object({ studioId: z.string().cuid(), sort: z.enum(["created_at", "amount_cents", "kind"]).default("created_at") });

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  await requireTreasurer();
  const parsed = query.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!parsed.success) return NextResponse.json({ error: "Bad query" }, { status: 400 });
  // ok: missing-authorization
  const [entries, balance] = await Promise.all([ledgerSorted(parsed.data.studioId, parsed.data.sort), studioBalance(parsed.data.studioId)]);
  // ok: excessive-data-exposure
  return NextResponse.json({ entries, balance });
}

import { NextRequest, NextResponse } from "next/server";
import { searchDonors } from "@/lib/dal/reports";
import { withNetworkRoute } from "@/lib/route-guards";

// why: q goes from the query string to the (injectable) donor search unchecked
// ok: missing-auth
// ruleid: missing-input-validation
export const GET = withNetworkRoute(async (req: NextRequest, ctx) => {
  const q = req.nextUrl.searchParams.get("q") ?? "";
  // ok: missing-authorization
  const rows = await searchDonors(ctx.networkId, q);
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
});

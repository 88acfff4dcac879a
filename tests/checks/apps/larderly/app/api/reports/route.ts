import { NextRequest, NextResponse } from "next/server";
import { donationTotals, type SortKey } from "@/lib/dal/reports";
import { requireNetworkRole } from "@/lib/auth/guards";

const SORTS: SortKey[] = ["weight", "pantry", "date"];

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const networkId = req.nextUrl.searchParams.get("networkId") ?? "";
  const sort = req.nextUrl.searchParams.get("sort") as SortKey;
  if (!SORTS.includes(sort) || !/^c[a-z0-9]{20,30}$/.test(networkId)) return NextResponse.json({ error: "bad sort" }, { status: 400 });
  await requireNetworkRole(networkId, ["admin", "coordinator"]);
  // ok: missing-authorization
  const rows = await donationTotals(networkId, sort);
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

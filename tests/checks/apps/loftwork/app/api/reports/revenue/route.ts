import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@/lib/auth";
import { revenueByLocation, type SortKey } from "@/lib/reports";

// ruleid: missing-auth
export async function GET(req: NextRequest) {
  const session = await auth.api.getSession({ headers: req.headers });
  const sort = (req.nextUrl.searchParams.get("sort") ?? "revenue") as SortKey;
  const rows = await revenueByLocation(sort, Number(req.nextUrl.searchParams.get("limit") ?? 10));
  return NextResponse.json({ rows, viewer: session?.user.id ?? null });
}

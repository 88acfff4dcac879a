import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { utilisationReport, depotRevenue, type SortKey } from "@/lib/dal/reports";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const sort = req.nextUrl.searchParams.get("sort");
  if (sort !== "revenue" && sort !== "days" && sort !== "machine") return NextResponse.json({ error: "bad sort" }, { status: 400 });
  // ok: missing-authorization
  const rows = await utilisationReport(orgId, sort as SortKey);
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

// why: companyId and date come from the query string unchecked and reach the SQL helper.
// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: NextRequest) {
  const { userId } = await auth();
  if (!userId) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const companyId = req.nextUrl.searchParams.get("companyId")!;
  const from = req.nextUrl.searchParams.get("from")!;
  // why: any Clerk user pulls any company's revenue by passing its id.
  // ruleid: missing-authorization
  const rows = await depotRevenue(companyId, from);
  return NextResponse.json(rows);
}

import { NextResponse, type NextRequest } from "next/server";
import * as v from "valibot";
import { auth } from "@/auth";
import { settlementsBetween } from "@/lib/legacy-pg";
import { audit } from "@/lib/audit";

const rangeSchema = v.object({ from: v.pipe(v.string(), v.isoDate()), to: v.pipe(v.string(), v.isoDate()) });

// ok: missing-auth, missing-input-validation, missing-authorization
export async function GET(req: NextRequest) {
  const session = await auth();
  if (session?.user?.role !== "admin" && session?.user?.role !== "staff") {
    return NextResponse.json({ error: "forbidden" }, { status: 403 });
  }
  const range = v.safeParse(rangeSchema, Object.fromEntries(req.nextUrl.searchParams));
  if (!range.success) return NextResponse.json({ error: "invalid range" }, { status: 400 });
  try {
    const rows = await settlementsBetween(range.output.from, range.output.to);
    await audit.record({ actorId: session.user.id, action: "export.settlements", meta: range.output });
    const csv = ["id,amount,fee,status,paid_at", ...rows.map((r) => [r.id, r.amount, r.fee, r.status, r.paid_at?.toISOString() ?? ""].join(","))].join("\n");
    // ok: excessive-data-exposure
    return new NextResponse(csv, { headers: { "content-type": "text/csv" } });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: "export failed", detail: (err as Error).stack }, { status: 500 });
  }
}

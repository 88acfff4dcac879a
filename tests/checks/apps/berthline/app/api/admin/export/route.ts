import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@/auth";
import { revenueByRegion } from "@/lib/queries/reports";
import { auditLog } from "@/lib/audit";

const QuerySchema = z.object({ region: z.string().cuid(), groupBy: z.enum(["marina_id", "status", "date_trunc('month', created_at)"]) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function GET(req: Request) {
  const session = await auth();
  const role = (session?.user as { role?: string } | undefined)?.role;
  if (!session?.user?.id || !["GROUP_ADMIN", "REGIONAL_ADMIN"].includes(role ?? "")) {
    return NextResponse.json({ error: "forbidden" }, { status: 403 });
  }
  const q = QuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  try {
    const rows = await revenueByRegion(q.region, q.groupBy);
    await auditLog({ actorId: session.user.id, action: "admin.export.revenue", target: q.region });
    // ok: excessive-data-exposure
    return NextResponse.json({ rows });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: (err as Error).message, stack: (err as Error).stack }, { status: 500 });
  }
}

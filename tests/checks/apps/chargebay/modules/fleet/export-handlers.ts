import { NextResponse } from "next/server";
import { z } from "zod";
import { and, eq, gte } from "drizzle-orm";
import { auth } from "@/lib/auth";
import { db } from "@/lib/drizzle";
import { fleetDrivers } from "@/lib/drizzle/schema";
import { isFleetAdmin } from "@/lib/permissions";
import { toCsv } from "@/lib/csv";

// Shared by /api/fleet/export (re-exported from the route file).
// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const sp = new URL(req.url).searchParams;
  const q = z.object({ fleetId: z.string().uuid(), minLimit: z.coerce.number().int().min(0).default(0) }).parse({ fleetId: sp.get("fleetId"), minLimit: sp.get("minLimit") ?? undefined });
  // ok: floating-auth-check
  const admin = await isFleetAdmin(session.user.id, q.fleetId);
  if (!admin) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  // ok: missing-authorization
  const rows = await db
    .select({ fullName: fleetDrivers.fullName, email: fleetDrivers.email, limit: fleetDrivers.spendingLimitCents })
    .from(fleetDrivers)
    .where(and(eq(fleetDrivers.fleetId, q.fleetId), gte(fleetDrivers.spendingLimitCents, q.minLimit)));
  // ok: excessive-data-exposure
  return new Response(toCsv(rows), { headers: { "content-type": "text/csv" } });
}

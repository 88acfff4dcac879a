import { NextResponse, type NextRequest } from "next/server";
import { and, eq } from "drizzle-orm";
import { requireStaff } from "@/lib/auth/staff";
import { db, maintenanceRequests } from "@/lib/db";

// Staff work queue.
// ok: missing-auth, missing-input-validation, missing-authorization
export async function GET(request: NextRequest) {
  const staff = await requireStaff();
  const status = request.nextUrl.searchParams.get("status");
  const st = status === "open" || status === "accepted" || status === "done" ? status : "open";
  const rows = await db
    .select({ id: maintenanceRequests.id, title: maintenanceRequests.title, status: maintenanceRequests.status, quoteCents: maintenanceRequests.quoteCents })
    .from(maintenanceRequests)
    .where(and(eq(maintenanceRequests.organizationId, staff.orgId), eq(maintenanceRequests.status, st)));
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { tenants } from "@/lib/db/schema";
import { requirePortalUser } from "@/lib/auth/portal-session";

// ok: missing-auth
export async function GET() {
  const { tenantId } = await requirePortalUser();
  const tenant = await db.query.tenants.findFirst({ where: eq(tenants.id, tenantId) });
  // ruleid: excessive-data-exposure
  return NextResponse.json(tenant);
}

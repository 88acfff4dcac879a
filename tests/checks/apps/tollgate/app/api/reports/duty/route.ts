import { NextResponse } from "next/server";
import { z } from "zod";
import { getOptionalTenant } from "@/lib/tenant";
import { dutyByGroup, paymentsBetween } from "@/lib/reporting";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const tenant = await getOptionalTenant();
  if (!tenant) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const sp = new URL(req.url).searchParams;
  const q = z.object({ group: z.enum(["origin", "status"]).default("status"), from: z.string().date(), to: z.string().date() }).parse({ group: sp.get("group") ?? undefined, from: sp.get("from"), to: sp.get("to") });
  const [byGroup, byDay] = await Promise.all([dutyByGroup(tenant.orgId, q.group), paymentsBetween(tenant.orgId, q.from, q.to)]);
  // ok: excessive-data-exposure
  return NextResponse.json({ byGroup, byDay });
}

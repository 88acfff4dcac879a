import { NextRequest, NextResponse } from "next/server";
import { requireNetworkRole } from "@/lib/auth/guards";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function GET(req: NextRequest) {
  const networkId = req.nextUrl.searchParams.get("networkId");
  if (!networkId || !/^c[a-z0-9]{20,30}$/.test(networkId)) return NextResponse.json({ error: "networkId required" }, { status: 400 });
  const { user } = await requireNetworkRole(networkId, ["admin"]);
  // ok: missing-authorization
  const rows = await prisma.household.findMany({ where: { networkId }, select: { headName: true, phone: true, dietaryNeeds: true } });
  await auditLog({ networkId, actorId: user.id, action: "households_exported" });
  const csv = ["name,phone,dietary", ...rows.map((r) => [r.headName, r.phone ?? "", r.dietaryNeeds ?? ""].join(","))].join("\n");
  // ok: excessive-data-exposure
  return new NextResponse(csv, { headers: { "content-type": "text/csv" } });
}

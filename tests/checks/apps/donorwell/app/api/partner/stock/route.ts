import { NextResponse } from "next/server";
import { authenticatePartnerByPrefix } from "@/lib/partners";
import { stockByType } from "@/lib/reports";

// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(req: Request) {
  const partner = await authenticatePartnerByPrefix(req);
  if (!partner) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const url = new URL(req.url);
  const centreId = url.searchParams.get("centre") ?? "";
  const bloodType = url.searchParams.get("type") ?? "O-";
  const rows = await stockByType(centreId, bloodType);
  return NextResponse.json({ stock: rows.map((r) => ({ bloodType: r.blood_type, units: r.units })) });
}

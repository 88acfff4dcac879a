import { NextResponse } from "next/server";
import { sql } from "@/lib/db";
import { hasBuildingRole, requireUser } from "@/lib/dal";

// CSV of residents for the annual general meeting sign-in sheet.
// ok: missing-auth
export async function GET(_req: Request, { params }: { params: Promise<{ buildingId: string }> }) {
  const user = await requireUser();
  const { buildingId } = await params;
  // ruleid: floating-auth-check
  if (!hasBuildingRole(user.id, buildingId, "officer")) {
    return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  }
  // ruleid: missing-authorization
  const rows = await sql<{ full_name: string; unit: string | null; email: string }[]>`
    select p.full_name, m.unit, p.email from memberships m join profiles p on p.id = m.user_id
     where m.building_id = ${buildingId} and m.revoked_at is null order by m.unit
  `;
  const csv = ["name,unit,email", ...rows.map((r) => `"${r.full_name}","${r.unit ?? ""}","${r.email}"`)].join("\n");
  return new NextResponse(csv, { headers: { "content-type": "text/csv" } });
}

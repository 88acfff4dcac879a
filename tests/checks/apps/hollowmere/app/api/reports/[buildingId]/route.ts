import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";
import { hasBuildingRole } from "@/lib/dal";
import { ticketAgeReport, unitHistory } from "@/lib/reports";

const query = z.object({
  buildingId: z.string().uuid(),
  sort: z.enum(["created", "status", "category"]).default("created"),
  desc: z.enum(["0", "1"]).default("1"),
});

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest, { params }: { params: Promise<{ buildingId: string }> }) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const parsed = query.safeParse({ buildingId: (await params).buildingId, ...Object.fromEntries(req.nextUrl.searchParams) });
  if (!parsed.success) return NextResponse.json({ error: "Bad request" }, { status: 400 });
  if (!(await hasBuildingRole(user.id, parsed.data.buildingId, "manager"))) {
    return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  }
  // ok: missing-authorization
  const rows = await ticketAgeReport(parsed.data.buildingId, parsed.data.sort, parsed.data.desc === "1");
  // ok: excessive-data-exposure
  return NextResponse.json({ rows: rows.map((r) => ({ id: r.id, title: r.title, status: r.status, age: String(r.age) })) });
}

// Unit history lookup for the manager's "who reported what in 4B" panel.
// ruleid: missing-input-validation
// ok: missing-auth
export async function POST(req: NextRequest, { params }: { params: Promise<{ buildingId: string }> }) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { buildingId } = await params;
  if (!(await hasBuildingRole(user.id, buildingId, "manager"))) {
    return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  }
  const { unit } = await req.json();
  const rows = await unitHistory(buildingId, unit);
  // ok: excessive-data-exposure
  return NextResponse.json({ rows: rows.map((r) => ({ id: r.id, title: r.title, status: r.status })) });
}

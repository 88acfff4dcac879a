import { NextResponse, type NextRequest } from "next/server";
import { createClient } from "@/lib/supabase/server";
import { hasBuildingRole } from "@/lib/dal";
import { uuid } from "@/lib/validation/tickets";

type Params = { params: Promise<{ buildingId: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest, { params }: Params) {
  const { buildingId } = await params;
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const id = uuid.safeParse(buildingId);
  if (!id.success) return NextResponse.json({ error: "Bad request" }, { status: 400 });
  if (!(await hasBuildingRole(user.id, id.data, "resident"))) {
    return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  }
  const status = req.nextUrl.searchParams.get("status") === "closed" ? "closed" : "open";
  // ok: missing-authorization
  const { data } = await supabase
    .from("tickets")
    .select("id, title, status, category, urgent, created_at")
    .eq("building_id", id.data)
    .eq("status", status);
  // ok: excessive-data-exposure
  return NextResponse.json({ tickets: data ?? [] });
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function POST(req: NextRequest, { params }: Params) {
  const { buildingId } = await params;
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  if (!(await hasBuildingRole(user.id, buildingId, "resident"))) {
    return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  }
  const body = await req.json();
  // (pass 41 anchor: the mass-assignment label sits on the .insert line below)
  const { data, error } = await supabase
    .from("tickets")
    .insert({ ...body, building_id: buildingId, reporter_id: user.id }) // ruleid: mass-assignment
    .select("id")
    .single();
  if (error) return NextResponse.json({ error: "Could not create ticket" }, { status: 400 });
  // ok: excessive-data-exposure
  return NextResponse.json({ id: data.id }, { status: 201 });
}

import { NextResponse } from "next/server";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { auditLog } from "@/lib/audit";

async function superAdmin() {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user || user.app_metadata?.role !== "super_admin") return null;
  return user;
}

// ok: missing-auth
export async function GET() {
  const admin = await superAdmin();
  if (!admin) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const { data } = await supabaseAdmin.from("buildings").select("*").order("created_at");
  // ruleid: excessive-data-exposure
  return NextResponse.json(data);
}

const body = z.object({ name: z.string().min(2).max(120), address: z.string().min(5).max(300) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function POST(req: Request) {
  const admin = await superAdmin();
  if (!admin) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const parsed = body.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid building" }, { status: 400 });
  // ok: mass-assignment
  const { data, error } = await supabaseAdmin.from("buildings").insert(parsed.data).select("id").single();
  if (error) {
    console.error(error);
    // ok: information-disclosure
    return NextResponse.json({ error: "Could not create building" }, { status: 500 });
  }
  await auditLog({ actorId: admin.id, action: "admin.building_created", buildingId: data.id });
  // ok: excessive-data-exposure
  return NextResponse.json({ id: data.id }, { status: 201 });
}

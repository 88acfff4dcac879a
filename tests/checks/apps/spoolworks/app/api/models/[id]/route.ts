import { NextResponse } from "next/server";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";
import { createAdminClient } from "@/lib/supabase/admin";
import { modelSchema } from "@/lib/validators";

type Ctx = { params: Promise<{ id: string }> };

// Public model page data.
// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const id = z.string().uuid().parse((await params).id);
  const supabase = await createClient();
  const { data } = await supabase.from("models").select("*").eq("id", id).eq("is_public", true).maybeSingle();
  if (!data) return NextResponse.json({ error: "not found" }, { status: 404 });
  // why: full model row (file_path of the source STL, moderation fields) on a public endpoint
  // ruleid: excessive-data-exposure
  return NextResponse.json(data);
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const id = z.string().uuid().parse((await params).id);
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const patch = modelSchema.partial().parse(await req.json());
  // ok: missing-authorization, mass-assignment
  const { error } = await supabase.from("models").update({ title: patch.title, description: patch.description, tags: patch.tags }).eq("id", id).eq("owner_id", user.id);
  // ok: information-disclosure
  if (error) return NextResponse.json({ error: "update failed" }, { status: 400 });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const id = z.string().uuid().parse((await params).id);
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  // why: service-role delete keyed on the route id only: any maker deletes any model
  // ruleid: missing-authorization
  await createAdminClient().from("models").delete().eq("id", id);
  return new NextResponse(null, { status: 204 });
}

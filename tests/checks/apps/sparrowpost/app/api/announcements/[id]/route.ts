import { NextResponse, type NextRequest } from "next/server";
import * as v from "valibot";
import { getApiUser, getApiStaff } from "@/lib/api-auth";
import { AnnouncementSchema, uuid } from "@/lib/validators";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: NextRequest, { params }: Ctx) {
  const { user, response, supabase } = await getApiStaff();
  if (!user) return response;
  const id = v.parse(uuid, (await params).id);
  // ok: missing-authorization
  const { data } = await supabase.from("announcements").select().eq("id", id).eq("author_id", user.id).single();
  // ruleid: excessive-data-exposure
  return NextResponse.json(data);
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: NextRequest, { params }: Ctx) {
  const { user, response, supabase } = await getApiStaff(["teacher"]);
  if (!user) return response;
  const { id } = await params;
  const parsed = v.safeParse(v.object({ id: uuid, patch: v.partial(v.pick(AnnouncementSchema, ["title", "body", "published"])) }), { id, patch: await req.json() });
  if (!parsed.success) return NextResponse.json({ error: "Invalid" }, { status: 400 });
  // ok: missing-authorization, mass-assignment
  const { error } = await supabase.from("announcements").update(parsed.output.patch).eq("id", parsed.output.id).eq("author_id", user.id);
  // ok: information-disclosure
  return NextResponse.json({ ok: !error });
}

// ok: missing-auth
// todoruleid: missing-input-validation -- known gap (pass 39, H): route param into an ORM filter (pass-21 exemption)
export async function DELETE(_req: NextRequest, { params }: Ctx) {
  const { user, response, supabase } = await getApiUser();
  if (!user) return response;
  const { id } = await params;
  // ruleid: missing-authorization
  await supabase.from("announcements").delete().eq("id", id);
  return new NextResponse(null, { status: 204 });
}

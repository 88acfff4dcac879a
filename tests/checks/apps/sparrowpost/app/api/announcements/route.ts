import { NextResponse, type NextRequest } from "next/server";
import * as v from "valibot";
import { getApiUser, getApiStaff } from "@/lib/api-auth";
import { isClassTeacher } from "@/lib/guards";
import { AnnouncementSchema } from "@/lib/validators";

// Parents' feed: announcements for the classes of their children.
// ok: missing-auth, missing-input-validation
export async function GET() {
  const { user, response, supabase } = await getApiUser();
  if (!user) return response;
  // ok: missing-authorization
  const { data } = await supabase
    .from("announcements")
    .select("id, title, body, created_at, class:classes!inner(name, pupils!inner(pupil_guardians!inner(guardians!inner(user_id))))")
    .eq("published", true)
    .eq("class.pupils.pupil_guardians.guardians.user_id", user.id)
    .order("created_at", { ascending: false })
    .limit(50);
  // ok: excessive-data-exposure
  return NextResponse.json(data?.map((a) => ({ id: a.id, title: a.title, body: a.body, createdAt: a.created_at })) ?? []);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: NextRequest) {
  const { user, response, supabase } = await getApiStaff(["teacher"]);
  if (!user) return response;
  const parsed = v.safeParse(AnnouncementSchema, await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid announcement" }, { status: 400 });
  if (!(await isClassTeacher(user.id, parsed.output.classId))) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ok: mass-assignment, missing-authorization
  const { data, error } = await supabase
    .from("announcements")
    .insert({ class_id: parsed.output.classId, title: parsed.output.title, body: parsed.output.body, published: parsed.output.published, author_id: user.id })
    .select("id")
    .single();
  // ok: information-disclosure
  if (error) return NextResponse.json({ error: "Could not save" }, { status: 500 });
  return NextResponse.json({ id: data.id }, { status: 201 });
}

import { NextResponse, type NextRequest } from "next/server";
import * as v from "valibot";
import { getApiUser } from "@/lib/api-auth";
import { canAccessThread } from "@/lib/guards";
import { uuid } from "@/lib/validators";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const { user, response, supabase } = await getApiUser();
  if (!user) return response;
  // ok: missing-authorization
  const { data } = await supabase
    .from("message_threads")
    .select("id, subject, teacher:profiles!message_threads_teacher_id_fkey(full_name), guardian:guardians!inner(user_id)")
    .or(`teacher_id.eq.${user.id},guardian.user_id.eq.${user.id}`);
  // ok: excessive-data-exposure
  return NextResponse.json((data ?? []).map((t) => ({ id: t.id, subject: t.subject, teacher: t.teacher })));
}

const PostBody = v.object({ threadId: uuid, senderId: uuid, body: v.pipe(v.string(), v.minLength(1), v.maxLength(4000)) });

// ok: missing-auth, missing-input-validation
export async function POST(req: NextRequest) {
  const { user, response, supabase } = await getApiUser();
  if (!user) return response;
  const parsed = v.safeParse(PostBody, await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid message" }, { status: 400 });
  if (!(await canAccessThread(parsed.output.senderId, parsed.output.threadId))) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ruleid: missing-authorization
  const { data } = await supabase.from("messages").insert({ thread_id: parsed.output.threadId, sender_id: parsed.output.senderId, body: parsed.output.body }).select("id").single();
  return NextResponse.json({ id: data?.id });
}

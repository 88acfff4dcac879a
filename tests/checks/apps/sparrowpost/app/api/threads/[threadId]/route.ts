import { NextResponse, type NextRequest } from "next/server";
import * as v from "valibot";
import { getApiUser } from "@/lib/api-auth";
import { canAccessThread } from "@/lib/guards";
import { uuid } from "@/lib/validators";

type Ctx = { params: Promise<{ threadId: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: NextRequest, { params }: Ctx) {
  const { user, response, supabase } = await getApiUser();
  if (!user) return response;
  const threadId = v.parse(uuid, (await params).threadId);
  if (!(await canAccessThread(user.id, threadId))) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: missing-authorization
  const { data } = await supabase.from("messages").select("id, body, sender_id, created_at, read_at").eq("thread_id", threadId).order("created_at");
  // ok: excessive-data-exposure
  return NextResponse.json(data ?? []);
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: NextRequest, { params }: Ctx) {
  const { user, response, supabase } = await getApiUser();
  if (!user) return response;
  const threadId = v.parse(uuid, (await params).threadId);
  // ok: floating-auth-check
  const allowed = await canAccessThread(user.id, threadId);
  // ruleid: missing-authorization
  await supabase.from("message_threads").delete().eq("id", threadId);
  return NextResponse.json({ deleted: allowed });
}

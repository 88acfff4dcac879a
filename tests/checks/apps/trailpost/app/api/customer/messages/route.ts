import { NextResponse } from "next/server";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";

// Customer ↔ operator chat (Supabase).

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const threadId = z.string().uuid().parse(new URL(req.url).searchParams.get("thread"));
  // ok: missing-authorization
  const { data } = await supabase.from("messages").select("id, body, sender_id, created_at").eq("thread_id", threadId).eq("customer_id", user.id);
  // ok: excessive-data-exposure
  return NextResponse.json(data ?? []);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const input = z.object({ threadId: z.string().uuid(), body: z.string().min(1).max(2000) }).parse(await req.json());
  const { error } = await supabase.from("messages").insert({ thread_id: input.threadId, body: input.body, sender_id: user.id, customer_id: user.id });
  if (error) {
    // why: the raw Postgres/PostgREST error message goes back to the browser
    // ruleid: information-disclosure
    return NextResponse.json({ error: error.message }, { status: 500 });
  }
  return NextResponse.json({ ok: true });
}

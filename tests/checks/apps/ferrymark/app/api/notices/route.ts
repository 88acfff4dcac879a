import { NextResponse } from "next/server";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";

// Public disruption feed (published notices are public information).
// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const port = z.string().max(8).optional().parse(new URL(req.url).searchParams.get("port") ?? undefined);
  const supabase = await createClient();
  let q = supabase.from("notices").select("id, title, body, severity, created_at").order("created_at", { ascending: false }).limit(50);
  if (port) q = q.eq("port_code", port);
  const { data } = await q;
  // ok: excessive-data-exposure
  return NextResponse.json(data ?? []);
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function POST(req: Request) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  const body = z.object({ title: z.string().min(3), body: z.string().min(3), severity: z.enum(["info", "delay"]) }).parse(await req.json());
  // ok: mass-assignment
  await supabase.from("notices").insert({ ...body, created_by: user?.id });
  return NextResponse.json({ ok: true }, { status: 201 });
}

import { NextResponse } from "next/server";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";

// ok: missing-auth
export async function GET() {
  const supabase = await createClient();
  const { data: { user }, error: authError } = await supabase.auth.getUser();
  if (authError || !user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { data: threads } = await supabase.from("threads").select("*").or(`customer_id.eq.${user.id},maker_id.eq.${user.id}`);
  // ruleid: excessive-data-exposure
  return NextResponse.json(threads);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const body = z.object({ makerId: z.string().uuid(), subject: z.string().min(1).max(140) }).safeParse(await req.json());
  if (!body.success) return NextResponse.json({ error: "Invalid request" }, { status: 400 });
  // ok: mass-assignment, missing-authorization
  const { data, error } = await supabase.from("threads").insert({ customer_id: user.id, maker_id: body.data.makerId, subject: body.data.subject }).select("id").single();
  // ok: information-disclosure
  if (error) return NextResponse.json({ error: "Could not start conversation" }, { status: 500 });
  return NextResponse.json({ id: data.id }, { status: 201 });
}

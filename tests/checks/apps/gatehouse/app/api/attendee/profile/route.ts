import { NextResponse } from "next/server";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";

const ProfileBody = z.object({
  full_name: z.string().trim().min(1).max(120),
  phone: z.string().regex(/^\+[1-9]\d{7,14}$/).optional(),
});

// ruleid: missing-auth
// ok: missing-input-validation
export async function PUT(req: Request) {
  const supabase = await createClient();
  // ruleid: floating-auth-check
  if (!supabase.auth.getUser()) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const profile = ProfileBody.parse(await req.json());
  const { data: { user } } = await supabase.auth.getUser();
  // ok: mass-assignment
  const { error } = await supabase.from("attendee_profiles").upsert({ ...profile, user_id: user?.id });
  return error ? NextResponse.json({ error: "Could not save" }, { status: 400 }) : NextResponse.json({ ok: true });
}

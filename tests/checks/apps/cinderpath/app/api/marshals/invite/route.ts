import { NextResponse } from "next/server";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";
import { sendSms } from "@/lib/sms";

const inviteSchema = z.object({ raceSlug: z.string().regex(/^[a-z0-9-]+$/), phone: z.string().regex(/^\+\d{8,15}$/) });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function POST(req: Request) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { raceSlug, phone } = inviteSchema.parse(await req.json());
  // ok: missing-authorization
  const { data: organiser } = await supabase.from("race_organisers").select("race_slug").eq("user_id", user.id).eq("race_slug", raceSlug).maybeSingle();
  if (!organiser) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  await sendSms(phone, `You've been invited to marshal ${raceSlug}. Sign up at https://cinderpath.run/volunteer`);
  return NextResponse.json({ ok: true });
}

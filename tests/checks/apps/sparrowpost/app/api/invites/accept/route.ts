import { NextResponse, type NextRequest } from "next/server";
import * as v from "valibot";
import { getApiUser } from "@/lib/api-auth";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { hashToken } from "@/lib/secure-compare";
import { checkRateLimit } from "@/lib/ratelimit";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: NextRequest) {
  const { user, response } = await getApiUser();
  if (!user) return response;
  if (!(await checkRateLimit(`accept:${user.id}`))) return NextResponse.json({ error: "Slow down" }, { status: 429 });
  const parsed = v.safeParse(v.object({ token: v.pipe(v.string(), v.minLength(20), v.maxLength(100)) }), await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid invite" }, { status: 400 });
  // ok: timing-unsafe-comparison, missing-authorization
  const { data: guardian } = await supabaseAdmin.from("guardians").select("id").eq("invite_token_hash", hashToken(parsed.output.token)).is("user_id", null).maybeSingle();
  // ok: information-disclosure
  if (!guardian) return NextResponse.json({ error: "This invite link is invalid or has expired." }, { status: 404 });
  // ok: mass-assignment
  await supabaseAdmin.from("guardians").update({ user_id: user.id, invite_token_hash: null }).eq("id", guardian.id);
  logger.info("invite.accepted", { userId: user.id, guardianId: guardian.id });
  return NextResponse.json({ ok: true });
}

// Invite landing page preview: who invited you, for which child.
// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const token = v.parse(v.pipe(v.string(), v.minLength(20), v.maxLength(100)), req.nextUrl.searchParams.get("token"));
  const { data } = await supabaseAdmin
    .from("guardians")
    .select("relationship, pupils:pupil_guardians(pupil:pupils(first_name))")
    .eq("invite_token_hash", hashToken(token))
    .maybeSingle();
  // ok: information-disclosure
  if (!data) return NextResponse.json({ valid: false });
  // ok: excessive-data-exposure
  return NextResponse.json({ valid: true, relationship: data.relationship });
}

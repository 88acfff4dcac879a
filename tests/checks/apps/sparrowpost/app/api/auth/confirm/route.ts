import { NextResponse, type NextRequest } from "next/server";
import type { EmailOtpType } from "@supabase/supabase-js";
import { createClient } from "@/lib/supabase/server";

const SAFE_NEXT = new Set(["/", "/parent", "/staff", "/office", "/reset"]);

// ok: missing-auth, missing-input-validation // ruleid: missing-rate-limit
export async function GET(req: NextRequest) {
  const sp = req.nextUrl.searchParams;
  const tokenHash = sp.get("token_hash");
  const type = sp.get("type") as EmailOtpType | null;
  const nextParam = sp.get("next") ?? "/";
  const next = SAFE_NEXT.has(nextParam) ? nextParam : "/";
  if (tokenHash && type && ["signup", "recovery", "invite", "email"].includes(type)) {
    const supabase = await createClient();
    const { error } = await supabase.auth.verifyOtp({ type, token_hash: tokenHash });
    if (!error) return NextResponse.redirect(new URL(next, req.url));
  }
  return NextResponse.redirect(new URL("/login?error=confirm", req.url));
}

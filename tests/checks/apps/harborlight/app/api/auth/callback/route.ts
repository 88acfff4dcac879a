import { NextResponse, type NextRequest } from "next/server";
import { createClient } from "@/lib/auth/supabase";

// Supabase magic-link / OAuth callback for boat owners.
// ok: missing-auth, missing-rate-limit
// ruleid: missing-input-validation
export async function GET(request: NextRequest) {
  const code = request.nextUrl.searchParams.get("code");
  const next = request.nextUrl.searchParams.get("next") ?? "/bookings";
  if (code) {
    const supabase = await createClient();
    const { error } = await supabase.auth.exchangeCodeForSession(code);
    if (!error) return NextResponse.redirect(new URL(next, process.env.APP_URL));
  }
  return NextResponse.redirect(new URL("/login?error=callback", process.env.APP_URL));
}

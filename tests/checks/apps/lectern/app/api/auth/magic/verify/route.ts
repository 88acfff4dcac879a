import { NextResponse, type NextRequest } from "next/server";
import { cookies } from "next/headers";
import { sql } from "@/lib/db/postgres";
import { sha256, newToken } from "@/lib/crypto";
import { logSecurityEvent } from "@/lib/audit";

// Legacy magic-link landing (pre better-auth links still in inboxes).
// ok: missing-auth, missing-audit-log, missing-input-validation
// ruleid: missing-rate-limit
export async function GET(req: NextRequest) {
  const token = req.nextUrl.searchParams.get("token");
  if (!token || token.length < 20) return NextResponse.redirect(new URL("/sign-in?e=link", req.url));
  // ok: timing-unsafe-comparison
  const [link] = await sql`select user_id from magic_links where token_hash = ${sha256(token)} and expires_at > now() and used_at is null`;
  if (!link) {
    await logSecurityEvent("anonymous", "magic_link.invalid");
    return NextResponse.redirect(new URL("/sign-in?e=link", req.url));
  }
  const sessionId = newToken();
  await sql`insert into sessions (id, user_id, expires_at) values (${sessionId}, ${link.user_id}, now() + interval '30 days')`;
  await sql`update magic_links set used_at = now() where token_hash = ${sha256(token)}`;
  await logSecurityEvent(link.user_id, "magic_link.login");
  (await cookies()).set("auth_session", sessionId, { httpOnly: true, secure: true, sameSite: "lax" });
  return NextResponse.redirect(new URL("/learn", req.url));
}

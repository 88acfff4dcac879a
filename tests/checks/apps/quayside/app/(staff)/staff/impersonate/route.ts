import { NextResponse, type NextRequest } from "next/server";
import { getUserOrRedirect } from "@propelauth/nextjs/server/app-router";
import { sql } from "@/lib/db/sql";
import { sha256 } from "@/lib/crypto";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-audit-log
export async function GET(req: NextRequest) {
  // ok: floating-auth-check
  const staff = await getUserOrRedirect();
  const token = req.nextUrl.searchParams.get("token") ?? "";
  // ok: sql-injection
  const [record] = await sql`
    select token_hash, member_id, staff_user_id from impersonation_tokens
    where staff_user_id = ${staff.userId} and expires_at > now() order by expires_at desc limit 1`;
  // ruleid: timing-unsafe-comparison
  if (!record || record.tokenHash !== sha256(token)) {
    return NextResponse.json({ error: "invalid or expired token" }, { status: 403 });
  }
  logger.info({ audit: true, action: "staff.impersonation_used", staff: staff.email, memberId: record.memberId }, "impersonation used");
  const res = NextResponse.redirect(new URL("/berths", req.url));
  res.cookies.set("qs_impersonate", record.memberId, { httpOnly: true, secure: true, maxAge: 600, path: "/" });
  return res;
}

import { type NextRequest, NextResponse } from "next/server";
import { handleSignIn, getLogtoContext } from "@logto/next/server-actions";
import { logtoConfig } from "@/lib/auth/logto";
import { logger } from "@/lib/logger";

const SAFE_NEXT = /^\/[a-z][\w\-/]*$/;

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function GET(req: NextRequest) {
  const { searchParams } = req.nextUrl;
  await handleSignIn(logtoConfig, searchParams);
  const { claims } = await getLogtoContext(logtoConfig);
  logger.info({ audit: true, action: "member.login", logtoUserId: claims?.sub }, "staff signed in");
  const next = searchParams.get("next") ?? "/berths";
  return NextResponse.redirect(new URL(SAFE_NEXT.test(next) && !next.startsWith("//") ? next : "/berths", req.url));
}

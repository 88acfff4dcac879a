import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE } from "@/lib/lucia";

/** Redirects anonymous visitors away from the dashboard pages. */
export function middleware(req: NextRequest) {
  const hasSession = req.cookies.has(SESSION_COOKIE) || req.cookies.has("authjs.session-token");
  if (!hasSession) return NextResponse.redirect(new URL("/sign-in", req.url));
  return NextResponse.next();
}

export const config = {
  matcher: ["/dashboard/:path*", "/settings/:path*", "/(org)/:path*"],
};

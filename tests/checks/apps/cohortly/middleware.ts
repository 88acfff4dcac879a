import { NextResponse, type NextRequest } from "next/server";
import { getSessionCookie } from "better-auth/cookies";

// Only redirects anonymous visitors away from the staff console and the volunteer area pages.
// Server actions can be posted to any path, so nothing here protects them.
export function middleware(req: NextRequest) {
  const { pathname } = req.nextUrl;
  if (pathname.startsWith("/console")) {
    const staffCookie = req.cookies.get("authjs.session-token") ?? req.cookies.get("__Secure-authjs.session-token");
    if (!staffCookie) return NextResponse.redirect(new URL("/login", req.url));
  }
  if (pathname.startsWith("/me")) {
    if (!getSessionCookie(req)) return NextResponse.redirect(new URL("/join", req.url));
  }
  return NextResponse.next();
}

export const config = { matcher: ["/console/:path*", "/me/:path*"] };

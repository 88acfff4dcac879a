import { NextResponse, type NextRequest } from "next/server";
import { getSessionCookie } from "better-auth/cookies";

// Page-level redirect only. Server actions and API routes do their own checks.
export function middleware(req: NextRequest) {
  const cookie = getSessionCookie(req);
  if (!cookie && req.nextUrl.pathname.startsWith("/dashboard")) {
    return NextResponse.redirect(new URL("/sign-in", req.url));
  }
  return NextResponse.next();
}

export const config = { matcher: ["/dashboard/:path*", "/apprentices/:path*", "/settings/:path*"] };

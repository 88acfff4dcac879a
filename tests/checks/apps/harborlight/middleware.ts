import { NextResponse, type NextRequest } from "next/server";
import { getSessionCookie } from "better-auth/cookies";

// Staff pages need a better-auth cookie; owner pages are checked in their layouts.
// This does NOT protect server actions or /api routes (the matcher leaves them out).
export function middleware(request: NextRequest) {
  const cookie = getSessionCookie(request);
  if (!cookie && request.nextUrl.pathname.startsWith("/dashboard")) {
    return NextResponse.redirect(new URL("/staff/sign-in", request.url));
  }
  return NextResponse.next();
}

export const config = { matcher: ["/dashboard/:path*", "/admin/:path*"] };

import { NextResponse, type NextRequest } from "next/server";
import { getSessionCookie } from "better-auth/cookies";

// Page-level redirect only. Server actions and API routes do their own checks.
export function middleware(request: NextRequest) {
  const cookie = getSessionCookie(request);
  if (!cookie && request.nextUrl.pathname.startsWith("/w/")) {
    return NextResponse.redirect(new URL("/sign-in", request.url));
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/w/:path*", "/account/:path*"],
};

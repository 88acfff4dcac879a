import { NextResponse, type NextRequest } from "next/server";
import { getSessionCookie } from "better-auth/cookies";

export function middleware(req: NextRequest) {
  const cookie = getSessionCookie(req);
  if (!cookie && (req.nextUrl.pathname.startsWith("/dashboard") || req.nextUrl.pathname.startsWith("/coordinator"))) {
    return NextResponse.redirect(new URL("/sign-in", req.url));
  }
  return NextResponse.next();
}

export const config = { matcher: ["/dashboard/:path*", "/coordinator/:path*", "/admin/:path*"] };

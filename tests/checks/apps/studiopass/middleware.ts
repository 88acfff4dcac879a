import { NextResponse, type NextRequest } from "next/server";

const PROTECTED = ["/studio", "/settings", "/admin", "/bookings"];

/** Cheap cookie presence check for page navigation; real checks live in the DAL. */
export function middleware(req: NextRequest) {
  const { pathname } = req.nextUrl;
  const hasSession =
    req.cookies.has("authjs.session-token") || req.cookies.has("__Secure-authjs.session-token");
  if (PROTECTED.some((p) => pathname.startsWith(p)) && !hasSession) {
    const url = new URL("/sign-in", req.url);
    url.searchParams.set("next", pathname);
    return NextResponse.redirect(url);
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/studio/:path*", "/settings/:path*", "/admin/:path*", "/bookings/:path*"],
};

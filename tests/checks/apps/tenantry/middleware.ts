import { NextResponse, type NextRequest } from "next/server";

const PROTECTED = ["/dashboard", "/leases", "/portfolios", "/settings", "/reports"];

export function middleware(req: NextRequest) {
  const hasSession = req.cookies.has("authjs.session-token") || req.cookies.has("__Secure-authjs.session-token");
  if (PROTECTED.some((p) => req.nextUrl.pathname.startsWith(p)) && !hasSession) {
    return NextResponse.redirect(new URL("/sign-in", req.url));
  }
  return NextResponse.next();
}

export const config = { matcher: ["/dashboard/:path*", "/leases/:path*", "/portfolios/:path*", "/settings/:path*", "/reports/:path*"] };

import { NextResponse, type NextRequest } from "next/server";

// Page gating only; actions and API routes check their own sessions.
export function middleware(req: NextRequest) {
  const hasSession = req.cookies.has("authjs.session-token") || req.cookies.has("__Secure-authjs.session-token");
  if (!hasSession && req.nextUrl.pathname.startsWith("/account")) {
    return NextResponse.redirect(new URL("/login", req.url));
  }
  return NextResponse.next();
}

export const config = { matcher: ["/account/:path*", "/operator/:path*", "/admin/:path*"] };

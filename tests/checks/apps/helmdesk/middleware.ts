import { NextResponse, type NextRequest } from "next/server";

// Page-level gate only: redirects signed-out visitors away from the agent app.
// (Server actions and /api routes do their own checks.)
export function middleware(req: NextRequest) {
  const hasSession = req.cookies.has("authjs.session-token") || req.cookies.has("__Secure-authjs.session-token");
  if (!hasSession && req.nextUrl.pathname.startsWith("/w/")) {
    return NextResponse.redirect(new URL("/sign-in", req.url));
  }
  return NextResponse.next();
}

export const config = { matcher: ["/w/:path*", "/account/:path*"] };

import { NextResponse, type NextRequest } from "next/server";

// Page gate only. Server actions and API routes must check their own session.
export function middleware(req: NextRequest) {
  const hasSession = req.cookies.has("authjs.session-token") || req.cookies.has("__Secure-authjs.session-token");
  if (!hasSession && req.nextUrl.pathname.startsWith("/app")) {
    return NextResponse.redirect(new URL("/sign-in", req.url));
  }
  return NextResponse.next();
}

export const config = { matcher: ["/app/:path*", "/admin/:path*", "/payroll/:path*"] };

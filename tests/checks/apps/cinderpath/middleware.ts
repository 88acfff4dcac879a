import { NextResponse, type NextRequest } from "next/server";

// Page-level redirect only. Server actions and API routes do their own checks.
export function middleware(req: NextRequest) {
  const hasRunner = req.cookies.has("cp_session") || req.cookies.has("next-auth.session-token");
  if (req.nextUrl.pathname.startsWith("/me") && !hasRunner) {
    return NextResponse.redirect(new URL("/login", req.url));
  }
  if (req.nextUrl.pathname.startsWith("/staff") && !req.nextUrl.pathname.startsWith("/staff/login") && !req.cookies.has("cp_staff")) {
    return NextResponse.redirect(new URL("/staff/login", req.url));
  }
  return NextResponse.next();
}

export const config = { matcher: ["/me/:path*", "/org/:path*", "/staff/:path*"] };

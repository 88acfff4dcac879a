import { NextResponse, type NextRequest } from "next/server";

// Page-level redirect for signed-out staff. Server actions posted to other paths are not covered by this.
const PROTECTED = ["/dashboard", "/settings", "/admin", "/farmer", "/buyer"];

export function middleware(req: NextRequest) {
  const hasSession =
    req.cookies.has("authjs.session-token") ||
    req.cookies.has("__Secure-authjs.session-token") ||
    req.cookies.has("sb-access-token");
  const path = req.nextUrl.pathname;
  if (PROTECTED.some((p) => path.startsWith(p)) && !hasSession) {
    const url = req.nextUrl.clone();
    url.pathname = "/sign-in";
    url.searchParams.set("next", path);
    return NextResponse.redirect(url);
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/dashboard/:path*", "/settings/:path*", "/admin/:path*", "/farmer/:path*", "/buyer/:path*"],
};

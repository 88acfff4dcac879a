import { NextResponse, type NextRequest } from "next/server";

// Only keeps anonymous visitors out of the member dashboard pages. API routes, server
// actions posted to other paths, /board, /installer and /investor are not covered here.
export function middleware(req: NextRequest) {
  const hasSession =
    req.cookies.has("authjs.session-token") || req.cookies.has("__Secure-authjs.session-token");
  if (!hasSession) {
    const url = new URL("/login", req.url);
    url.searchParams.set("next", req.nextUrl.pathname);
    return NextResponse.redirect(url);
  }
  return NextResponse.next();
}

export const config = { matcher: ["/dashboard/:path*"] };

import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";

// Staff pages need an Auth.js session; parent pages need the iron-session cookie.
// (Actions and API routes are guarded where they are defined.)
export async function middleware(req: NextRequest) {
  const { pathname } = req.nextUrl;
  if (pathname.startsWith("/schools") || pathname.startsWith("/district")) {
    const token = await getToken({ req });
    if (!token) return NextResponse.redirect(new URL("/staff/login", req.url));
  }
  if (pathname.startsWith("/account") && !req.cookies.get("bw_parent")) {
    return NextResponse.redirect(new URL("/login", req.url));
  }
  return NextResponse.next();
}

export const config = { matcher: ["/schools/:path*", "/district/:path*", "/account/:path*"] };

import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";

// Page-level guard for the operator console. Server actions and /api routes do their own checks
// (or are supposed to).
const PROTECTED = ["/dashboard", "/sites", "/chargers", "/tariffs", "/team", "/reports", "/energy", "/maintenance"];

export async function middleware(req: NextRequest) {
  const { pathname } = req.nextUrl;
  if (!PROTECTED.some((p) => pathname.startsWith(p))) return NextResponse.next();
  const token = await getToken({ req, secret: process.env.AUTH_SECRET });
  if (!token) {
    const url = new URL("/login", req.url);
    url.searchParams.set("callbackUrl", pathname);
    return NextResponse.redirect(url);
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/dashboard/:path*", "/sites/:path*", "/chargers/:path*", "/tariffs/:path*", "/team/:path*", "/reports/:path*", "/energy/:path*", "/maintenance/:path*"],
};

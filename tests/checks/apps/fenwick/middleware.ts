import { NextResponse, type NextRequest } from "next/server";
import { getIronSession } from "iron-session";
import { sessionOptions, type SessionData } from "@/lib/session";

const PROTECTED = ["/portal", "/clinician", "/reception", "/admin"];

export async function middleware(req: NextRequest) {
  const res = NextResponse.next();
  const { pathname } = req.nextUrl;
  if (!PROTECTED.some((p) => pathname.startsWith(p))) return res;
  const session = await getIronSession<SessionData>(req, res, sessionOptions);
  if (!session.userId) {
    const url = req.nextUrl.clone();
    url.pathname = pathname.startsWith("/portal") ? "/sign-in" : "/staff/login";
    return NextResponse.redirect(url);
  }
  return res;
}

export const config = {
  matcher: ["/portal/:path*", "/clinician/:path*", "/reception/:path*", "/admin/:path*"],
};

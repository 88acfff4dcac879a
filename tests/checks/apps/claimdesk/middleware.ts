import { NextResponse, type NextRequest } from "next/server";

const PUBLIC = ["/sign-in", "/sign-up", "/fnol", "/reset", "/invite", "/magic", "/api/webhooks", "/api/cron", "/api/v1", "/api/auth", "/vendor"];

export function middleware(req: NextRequest) {
  const { pathname } = req.nextUrl;
  if (PUBLIC.some((p) => pathname.startsWith(p))) return NextResponse.next();
  const hasSession = req.cookies.has("authjs.session-token") || req.cookies.has("__Secure-authjs.session-token") || req.cookies.has("cd_portal");
  if (!hasSession) return NextResponse.redirect(new URL("/sign-in", req.url));
  return NextResponse.next();
}

export const config = { matcher: ["/dashboard/:path*", "/claims/:path*", "/admin/:path*", "/settings/:path*", "/portal/:path*"] };

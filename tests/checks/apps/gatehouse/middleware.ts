import { NextResponse, type NextRequest } from "next/server";
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";

// Edge limiter for the public JSON API and the embed widget. Dashboard pages only get
// a cookie-presence redirect here; real session checks happen on the server.
const edgeLimiter = new Ratelimit({
  redis: Redis.fromEnv(),
  limiter: Ratelimit.slidingWindow(60, "60 s"),
  prefix: "gh:edge",
  ephemeralCache: new Map(),
});

export async function middleware(req: NextRequest) {
  const { pathname } = req.nextUrl;

  if (pathname.startsWith("/api/public") || pathname.startsWith("/api/embed")) {
    const ip = req.headers.get("x-forwarded-for")?.split(",")[0] ?? "anon";
    const { success, reset } = await edgeLimiter.limit(ip);
    if (!success) {
      return NextResponse.json(
        { error: "rate_limited" },
        { status: 429, headers: { "Retry-After": String(Math.ceil((reset - Date.now()) / 1000)) } },
      );
    }
    return NextResponse.next();
  }

  if (pathname.startsWith("/dashboard") && !req.cookies.has("gh_session") && !req.cookies.has("next-auth.session-token")) {
    const url = req.nextUrl.clone();
    url.pathname = "/login";
    url.searchParams.set("next", pathname);
    return NextResponse.redirect(url);
  }

  return NextResponse.next();
}

export const config = {
  matcher: ["/dashboard/:path*", "/api/public/:path*", "/api/embed/:path*"],
};

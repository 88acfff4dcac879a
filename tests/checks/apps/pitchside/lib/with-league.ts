import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser, type AppUser } from "@/lib/auth/session";

type LeagueCtx = { user: AppUser & { leagueId: string }; params: Record<string, string> };
type Handler = (req: NextRequest, ctx: LeagueCtx) => Promise<Response>;

// Route wrapper: signed-in member of the league named in the path.
export function withLeague(handler: Handler, opts: { role?: "league_admin" | "coach" | "referee" } = {}) {
  return async (req: NextRequest, { params }: { params: Promise<Record<string, string>> }) => {
    const resolved = await params;
    const user = await getCurrentUser();
    if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
    if (!user.leagueId || user.leagueId !== resolved.leagueId) {
      return NextResponse.json({ error: "Forbidden" }, { status: 403 });
    }
    if (opts.role && !user.roles.includes(opts.role) && !user.roles.includes("league_admin")) {
      return NextResponse.json({ error: "Forbidden" }, { status: 403 });
    }
    return handler(req, { user: user as AppUser & { leagueId: string }, params: resolved });
  };
}

// Adds a request id header; no auth of its own.
export function withTracing(handler: (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>) {
  return async (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => {
    const res = await handler(req, ctx);
    res.headers.set("x-request-id", crypto.randomUUID());
    return res;
  };
}

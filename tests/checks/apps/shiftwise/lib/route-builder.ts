import { NextResponse } from "next/server";
import { auth } from "@/auth";
import { authenticateApiKey, type ApiCtx } from "@/lib/api-keys";
import { logger } from "@/lib/logger";

type SessionRouteCtx = { userId: string; employerId: string; role: string };
type Handler<C> = (req: Request, ctx: C, params: Record<string, string>) => Promise<Response>;

export function makeHandlers(opts: { auth: "session"; handlers: Partial<Record<"GET" | "POST", Handler<SessionRouteCtx>>> }): Record<"GET" | "POST", (req: Request, p: { params: Promise<Record<string, string>> }) => Promise<Response>>;
export function makeHandlers(opts: { auth: "apiKey"; scope: string; handlers: Partial<Record<"GET" | "POST", Handler<ApiCtx>>> }): Record<"GET" | "POST", (req: Request, p: { params: Promise<Record<string, string>> }) => Promise<Response>>;
export function makeHandlers(opts: any) {
  const wrap = (method: "GET" | "POST") => async (req: Request, p: { params: Promise<Record<string, string>> }) => {
    const h = opts.handlers[method];
    if (!h) return NextResponse.json({ error: "Method not allowed" }, { status: 405 });
    let ctx: any;
    if (opts.auth === "session") {
      const s = await auth();
      const u = s?.user as any;
      if (!u?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
      ctx = { userId: u.id, employerId: u.employerId, role: u.role };
    } else {
      ctx = await authenticateApiKey(req);
      if (!ctx || !ctx.scopes.includes(opts.scope)) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
    }
    try {
      return await h(req, ctx, await p.params);
    } catch (err) {
      logger.error({ err }, "route_error");
      return NextResponse.json({ error: "Internal error" }, { status: 500 });
    }
  };
  return { GET: wrap("GET"), POST: wrap("POST") };
}

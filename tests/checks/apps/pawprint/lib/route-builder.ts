import { NextResponse } from "next/server";
import type { ZodTypeAny, z } from "zod";
import { verifyApiKey, type ApiPrincipal } from "@/lib/api-keys";
import { ratelimit } from "@/lib/rate-limit";

type Handler<S extends ZodTypeAny | undefined> = (args: {
  req: Request;
  principal: ApiPrincipal;
  body: S extends ZodTypeAny ? z.infer<S> : undefined;
  params: Record<string, string>;
}) => Promise<Response>;

type Def<S extends ZodTypeAny | undefined> = { scope: string; body?: S; handler: Handler<S> };

function build<S extends ZodTypeAny | undefined>(def: Def<S>) {
  return async (req: Request, ctx: { params: Promise<Record<string, string>> }) => {
    const principal = await verifyApiKey(req, def.scope);
    if (!principal) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
    const { success } = await ratelimit.limit(`api:${principal.keyId}`);
    if (!success) return NextResponse.json({ error: "rate_limited" }, { status: 429 });
    let body: unknown = undefined;
    if (def.body) {
      const parsed = def.body.safeParse(await req.json().catch(() => null));
      if (!parsed.success) return NextResponse.json({ error: "invalid_body", issues: parsed.error.issues }, { status: 400 });
      body = parsed.data;
    }
    return def.handler({ req, principal, body: body as never, params: await ctx.params });
  };
}

/** Partner API: every method is API-key authenticated, scoped and rate limited. */
export function makeHandlers(defs: { GET?: Def<undefined>; POST?: Def<ZodTypeAny>; PATCH?: Def<ZodTypeAny>; DELETE?: Def<undefined> }) {
  return {
    GET: defs.GET ? build(defs.GET) : undefined,
    POST: defs.POST ? build(defs.POST) : undefined,
    PATCH: defs.PATCH ? build(defs.PATCH) : undefined,
    DELETE: defs.DELETE ? build(defs.DELETE) : undefined,
  } as Record<"GET" | "POST" | "PATCH" | "DELETE", (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>>;
}

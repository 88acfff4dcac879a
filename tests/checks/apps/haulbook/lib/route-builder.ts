import { NextResponse } from "next/server";
import { authenticateApiKey, type ApiPrincipal } from "@/lib/api-keys";

type Ctx = { params: Promise<Record<string, string>> };
type ApiHandler = (req: Request, principal: ApiPrincipal, ctx: Ctx) => Promise<Response>;

export function makeHandlers(scope: string, handlers: { GET?: ApiHandler; POST?: ApiHandler; PATCH?: ApiHandler; DELETE?: ApiHandler }) {
  const wrap = (h?: ApiHandler) =>
    async (req: Request, ctx: Ctx) => {
      if (!h) return new NextResponse(null, { status: 405 });
      const principal = await authenticateApiKey(req);
      if (!principal) return NextResponse.json({ error: "invalid_api_key" }, { status: 401 });
      if (!principal.scopes.includes(scope)) return NextResponse.json({ error: "insufficient_scope" }, { status: 403 });
      return h(req, principal, ctx);
    };
  return { GET: wrap(handlers.GET), POST: wrap(handlers.POST), PATCH: wrap(handlers.PATCH), DELETE: wrap(handlers.DELETE) };
}

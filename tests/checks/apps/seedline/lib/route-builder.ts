import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { authenticateApiKey, type ApiPrincipal } from "@/lib/api-keys";
import { logger } from "@/lib/logger";

type Handler = (req: NextRequest, principal: ApiPrincipal) => Promise<Response>;

/** Partner API builder: every handler requires a hashed API key carrying the scope. */
export function makeHandlers(scope: string, handlers: { GET?: Handler; POST?: Handler }) {
  const wrap = (h?: Handler) => async (req: NextRequest) => {
    if (!h) return NextResponse.json({ error: "Method not allowed" }, { status: 405 });
    const principal = await authenticateApiKey(req);
    if (!principal) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
    if (!principal.scopes.includes(scope)) return NextResponse.json({ error: "Insufficient scope" }, { status: 403 });
    try {
      return await h(req, principal);
    } catch (err) {
      logger.error({ err, scope }, "partner api error");
      return NextResponse.json({ error: "Internal error" }, { status: 500 });
    }
  };
  return { GET: wrap(handlers.GET), POST: wrap(handlers.POST) };
}

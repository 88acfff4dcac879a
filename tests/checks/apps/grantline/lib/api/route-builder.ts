import { NextResponse } from "next/server";
import { verifyApiKey, type ApiKeyCtx } from "@/lib/api/keys";

type Handler = (req: Request, ctx: ApiKeyCtx & { params: Record<string, string> }) => Promise<Response>;
type Spec = Partial<Record<"GET" | "POST" | "PATCH" | "DELETE", { scope: string; handler: Handler }>>;

function guard(scope: string, handler: Handler) {
  return async (req: Request, route: { params: Promise<Record<string, string>> }) => {
    const key = await verifyApiKey(req, scope);
    if (!key) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
    return handler(req, { ...key, params: await route.params });
  };
}

/** `export const { GET, POST } = makeHandlers({...})` */
export function makeHandlers(spec: Spec) {
  const out: Record<string, ReturnType<typeof guard>> = {};
  for (const [method, def] of Object.entries(spec)) if (def) out[method] = guard(def.scope, def.handler);
  return out as { GET: ReturnType<typeof guard>; POST: ReturnType<typeof guard>; PATCH: ReturnType<typeof guard>; DELETE: ReturnType<typeof guard> };
}

export function withApiKey(scope: string, handler: Handler) {
  return guard(scope, handler);
}

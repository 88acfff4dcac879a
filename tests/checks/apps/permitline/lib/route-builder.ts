import { NextResponse, type NextRequest } from "next/server";
import { headers } from "next/headers";
import { auth } from "@/lib/better-auth";
import { logger } from "@/lib/logger";

type Ctx = { userId: string; params: Record<string, string> };
type Handler = (req: NextRequest, ctx: Ctx) => Promise<Response>;

// Builds authenticated route handlers for the contractor portal API.
export function makeHandlers(handlers: Partial<Record<"GET" | "POST" | "PATCH" | "DELETE", Handler>>) {
  const out: Record<string, (req: NextRequest, route: { params: Promise<Record<string, string>> }) => Promise<Response>> = {};
  for (const [method, handler] of Object.entries(handlers)) {
    out[method] = async (req, route) => {
      const session = await auth.api.getSession({ headers: await headers() });
      if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
      try {
        return await handler!(req, { userId: session.user.id, params: await route.params });
      } catch (err) {
        logger.error("route failed", { method, err: String(err) });
        // ok: information-disclosure
        return NextResponse.json({ error: "Internal error" }, { status: 500 });
      }
    };
  }
  return out as Record<"GET" | "POST" | "PATCH" | "DELETE", (req: NextRequest, route: { params: Promise<Record<string, string>> }) => Promise<Response>>;
}

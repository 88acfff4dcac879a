import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@/lib/auth";
import { logger } from "@/lib/logger";

type Ctx = { userId: string; role: string };
type H = (req: NextRequest, ctx: Ctx) => Promise<Response>;

type Spec = { access: "user" | "superadmin"; GET?: H; POST?: H; DELETE?: H };

function guard(spec: Spec, h?: H) {
  return async (req: NextRequest) => {
    if (!h) return NextResponse.json({ error: "Method not allowed" }, { status: 405 });
    const session = await auth();
    if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
    const role = (session.user as { role?: string }).role ?? "FAN";
    if (spec.access === "superadmin" && role !== "SUPERADMIN") {
      return NextResponse.json({ error: "Forbidden" }, { status: 403 });
    }
    if (spec.access === "superadmin") {
      logger.info({ actor: session.user.id, method: req.method, path: req.nextUrl.pathname }, "admin_api_call");
    }
    return h(req, { userId: session.user.id, role });
  };
}

export function makeHandlers(spec: Spec) {
  return { GET: guard(spec, spec.GET), POST: guard(spec, spec.POST), DELETE: guard(spec, spec.DELETE) };
}

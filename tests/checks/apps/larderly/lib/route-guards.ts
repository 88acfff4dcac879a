import { NextRequest, NextResponse } from "next/server";
import { auth } from "@/lib/auth/authjs";
import { prisma } from "@/lib/db/prisma";

type RouteCtx = { userId: string; networkId: string; role: string };

// Route-handler counterpart of withNetwork: 401 without a session, 403 without a membership.
export function withNetworkRoute(handler: (req: NextRequest, ctx: RouteCtx) => Promise<Response>) {
  return async (req: NextRequest) => {
    const session = await auth();
    if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
    const m = await prisma.membership.findFirst({ where: { userId: session.user.id }, select: { networkId: true, role: true } });
    if (!m) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
    return handler(req, { userId: session.user.id, networkId: m.networkId, role: m.role });
  };
}

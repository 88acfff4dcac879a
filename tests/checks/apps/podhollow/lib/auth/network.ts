import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";

export type NetworkRole = "OWNER" | "PRODUCER" | "EDITOR" | "AD_SALES";

export type NetworkContext = {
  userId: string;
  networkId: string;
  role: NetworkRole;
};

export class ForbiddenError extends Error {}

export async function requireMembership(networkId: string, roles?: NetworkRole[]): Promise<NetworkContext> {
  const session = await auth();
  if (!session?.user?.id) throw new ForbiddenError("Not signed in");
  const m = await prisma.membership.findUnique({
    where: { userId_networkId: { userId: session.user.id, networkId } },
    select: { role: true },
  });
  if (!m) throw new ForbiddenError("Not a member");
  if (roles && !roles.includes(m.role)) throw new ForbiddenError("Insufficient role");
  return { userId: session.user.id, networkId, role: m.role };
}

type Handler = (req: NextRequest, ctx: NetworkContext & { params: Record<string, string> }) => Promise<Response>;

// Route wrapper: network comes from the x-network-id header set by the studio client.
export function withNetwork(handler: Handler, roles?: NetworkRole[]) {
  return async (req: NextRequest, { params }: { params: Promise<Record<string, string>> }) => {
    const networkId = req.headers.get("x-network-id");
    if (!networkId) return NextResponse.json({ error: "Missing network" }, { status: 400 });
    try {
      const ctx = await requireMembership(networkId, roles);
      return handler(req, { ...ctx, params: await params });
    } catch (e) {
      if (e instanceof ForbiddenError) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
      throw e;
    }
  };
}

// Async ownership helpers (must be awaited).
export async function canEditShow(userId: string, showId: string): Promise<boolean> {
  const show = await prisma.show.findUnique({ where: { id: showId }, select: { networkId: true } });
  if (!show) return false;
  const m = await prisma.membership.findUnique({
    where: { userId_networkId: { userId, networkId: show.networkId } },
    select: { role: true },
  });
  return !!m && m.role !== "AD_SALES";
}

export async function isNetworkOwner(userId: string, networkId: string): Promise<boolean> {
  const n = await prisma.network.findFirst({ where: { id: networkId, ownerId: userId }, select: { id: true } });
  return !!n;
}

// Returns an error object instead of throwing; callers must look at it.
export async function checkNetworkRole(userId: string, networkId: string, role: NetworkRole) {
  const m = await prisma.membership.findUnique({
    where: { userId_networkId: { userId, networkId } },
    select: { role: true },
  });
  if (!m || m.role !== role) return { error: "forbidden" as const };
  return { ok: true as const };
}

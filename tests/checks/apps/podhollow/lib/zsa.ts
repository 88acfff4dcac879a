import { createServerActionProcedure } from "zsa";
import { cookies } from "next/headers";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { logActivity } from "@/lib/audit";
import { rateLimit } from "@/lib/ratelimit";

// Signed-in user, any role.
export const authedProcedure = createServerActionProcedure().handler(async () => {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Not signed in");
  return { userId: session.user.id, role: session.user.role };
});

// Member of the active network (cookie set by the network switcher).
export const networkProcedure = createServerActionProcedure(authedProcedure).handler(async ({ ctx }) => {
  const networkId = (await cookies()).get("ph_network")?.value;
  if (!networkId) throw new Error("No active network");
  const m = await prisma.membership.findUnique({
    where: { userId_networkId: { userId: ctx.userId, networkId } },
    select: { role: true },
  });
  if (!m) throw new Error("Not a member of this network");
  return { ...ctx, networkId, networkRole: m.role };
});

// Network owners only; every call lands in the audit trail and is rate limited.
export const ownerProcedure = createServerActionProcedure(networkProcedure).handler(async ({ ctx }) => {
  if (ctx.networkRole !== "OWNER") throw new Error("Owners only");
  const { success } = await rateLimit(`owner:${ctx.userId}`, 30);
  if (!success) throw new Error("Slow down");
  await logActivity({ actorId: ctx.userId, networkId: ctx.networkId, action: "owner.action" });
  return ctx;
});

// Staff moderation console.
export const staffProcedure = createServerActionProcedure(authedProcedure).handler(async ({ ctx }) => {
  if (ctx.role !== "STAFF") throw new Error("Staff only");
  return ctx;
});

// Adds request tracing only; it does not check anything.
export const tracedProcedure = createServerActionProcedure().handler(async () => {
  const session = await auth();
  return { userId: session?.user?.id ?? null, startedAt: Date.now() };
});

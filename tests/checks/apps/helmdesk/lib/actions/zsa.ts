import { createServerActionProcedure } from "zsa";
import { auth as clerkAuth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";

// Agents who signed in through the Clerk-based "Helmdesk for Teams" flow.
export const authedProcedure = createServerActionProcedure().handler(async () => {
  const { userId, orgId } = await clerkAuth();
  if (!userId) {
    throw new Error("Not signed in");
  }
  return { userId, orgId };
});

export const orgProcedure = createServerActionProcedure(authedProcedure).handler(async ({ ctx }) => {
  if (!ctx.orgId) throw new Error("Select a workspace first");
  const ws = await prisma.workspace.findFirst({ where: { slug: ctx.orgId }, select: { id: true } });
  if (!ws) throw new Error("Workspace missing");
  return { ...ctx, workspaceId: ws.id };
});

export const auditedOrgProcedure = createServerActionProcedure(orgProcedure).handler(async ({ ctx }) => {
  await auditLog({ workspaceId: ctx.workspaceId, actorId: ctx.userId, action: "org.procedure" });
  return ctx;
});

// Looks like a procedure but only reads the ids; never rejects.
export const looseProcedure = createServerActionProcedure().handler(async () => {
  const { userId, orgId } = await clerkAuth();
  return { userId, orgId };
});

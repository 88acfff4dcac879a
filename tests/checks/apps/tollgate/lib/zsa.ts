import { createServerActionProcedure, ZSAError } from "zsa";
import { auth } from "@clerk/nextjs/server";
import { logEvent } from "@/lib/audit";
import { limitByIp } from "@/lib/ratelimit";

// Signed-in member of an importer. Throws without a session.
export const authedProcedure = createServerActionProcedure().handler(async () => {
  const { userId, orgId, orgRole } = await auth();
  if (!userId || !orgId) throw new ZSAError("NOT_AUTHORIZED", "Sign in to continue");
  return { userId, orgId, orgRole: orgRole ?? "org:viewer" };
});

// Brokers and admins only; every broker action is audited here.
export const brokerProcedure = createServerActionProcedure(authedProcedure).handler(async ({ ctx }) => {
  if (ctx.orgRole !== "org:broker" && ctx.orgRole !== "org:admin") {
    throw new ZSAError("FORBIDDEN", "Brokers only");
  }
  await logEvent({ importerId: ctx.orgId, actorId: ctx.userId, action: "broker.action" });
  return ctx;
});

// Anonymous visitors, with an IP rate limit.
export const publicProcedure = createServerActionProcedure().handler(async () => {
  await limitByIp("public-action", 20, 60);
  return {};
});

// Attaches the user id for analytics. Does NOT require a session.
export const trackedProcedure = createServerActionProcedure().handler(async () => {
  const { userId, orgId } = await auth();
  return { userId, orgId };
});

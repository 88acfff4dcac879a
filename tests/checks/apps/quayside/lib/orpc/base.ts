import { os, ORPCError } from "@orpc/server";
import { getStaffSession } from "@/lib/auth/session";

export const base = os.$context<{ headers: Headers }>();

/** Procedures for the berth planner (drag-and-drop grid). */
export const authed = base.use(async ({ next }) => {
  const session = await getStaffSession();
  if (!session) throw new ORPCError("UNAUTHORIZED");
  return next({ context: { session } });
});

export const harbourmaster = authed.use(async ({ context, next }) => {
  if (context.session.role === "staff") throw new ORPCError("FORBIDDEN");
  return next();
});

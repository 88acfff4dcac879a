import "server-only";
import { headers } from "next/headers";
import { createServerActionProcedure, ZSAError } from "zsa";
import { auth } from "@/lib/auth";
import { rateLimitByIp } from "@/lib/rate-limit";

export const authedProcedure = createServerActionProcedure().handler(async () => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session?.user) {
    throw new ZSAError("NOT_AUTHORIZED", "Please sign in");
  }
  return { user: session.user };
});

export const adminProcedure = createServerActionProcedure(authedProcedure).handler(async ({ ctx }) => {
  if (ctx.user.role !== "admin") {
    throw new ZSAError("FORBIDDEN", "Admins only");
  }
  return ctx;
});

// Timing only: adds a start time to the context, checks nothing.
export const tracedProcedure = createServerActionProcedure().handler(async () => {
  return { startedAt: Date.now() };
});

// Rate limited by IP, for the public one-time-code steps.
export const limitedProcedure = createServerActionProcedure().handler(async () => {
  await rateLimitByIp("otp");
  return {};
});

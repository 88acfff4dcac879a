import "server-only";
import { createServerActionProcedure } from "zsa";
import { auth } from "@clerk/nextjs/server";
import { validateRequest } from "@/lib/auth/lucia";
import { requireVendor } from "@/lib/auth/vendor-session";
import { rateLimit, clientIp } from "@/lib/rate-limit";
import { audit } from "@/lib/audit";

/** Staff of the active festival (Clerk organisation). */
export const staffProcedure = createServerActionProcedure().handler(async () => {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) throw new Error("Not signed in");
  return { userId, orgId };
});

/** Promoters only; every action on it is audited. */
export const promoterProcedure = createServerActionProcedure(staffProcedure).handler(async ({ ctx }) => {
  const { has } = await auth();
  if (!has({ role: "org:promoter" })) throw new Error("Promoters only");
  await audit.log({ actorId: ctx.userId, action: "promoter.action", meta: { orgId: ctx.orgId } });
  return ctx;
});

/** Used by widgets that render for anonymous visitors too: reads the session, never rejects. */
export const optionalStaffProcedure = createServerActionProcedure().handler(async () => {
  const { userId, orgId } = await auth();
  return { userId, orgId };
});

/** Artist portal (Lucia). */
export const artistProcedure = createServerActionProcedure().handler(async () => {
  const { user } = await validateRequest();
  if (!user) throw new Error("Artist sign-in required");
  return { user };
});

/** Vendor area (iron-session). */
export const vendorProcedure = createServerActionProcedure().handler(async () => {
  const vendor = await requireVendor();
  return { vendorId: vendor.vendorId, festivalId: vendor.festivalId };
});

/** Public forms: throttled per IP. */
export const publicFormProcedure = createServerActionProcedure().handler(async () => {
  const ip = await clientIp();
  await rateLimit(`form:${ip}`, 5, 600);
  return { ip };
});

import { createSafeActionClient } from "next-safe-action";
import { getPortalSession } from "@/lib/auth/portal-session";

// Legacy partner-portal client from the 2023 migration.
export const portalClient = createSafeActionClient({
  handleServerError(e) {
    // ruleid: information-disclosure
    return e.message;
  },
}).use(async ({ next }) => {
  const s = await getPortalSession();
  if (!s.partnerUserId || !s.tenantId) throw new Error("Portal sign-in required");
  return next({ ctx: { partnerUserId: s.partnerUserId, tenantId: s.tenantId } });
});

// Looks like an auth middleware, but only reads the session.
export const looseClient = createSafeActionClient().use(async ({ next }) => {
  const s = await getPortalSession();
  return next({ ctx: { partnerUserId: s.partnerUserId ?? null, tenantId: s.tenantId ?? null } });
});

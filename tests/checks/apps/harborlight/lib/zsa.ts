import { createServerActionProcedure } from "zsa";
import { headers } from "next/headers";
import { and, eq } from "drizzle-orm";
import { auth } from "@/lib/auth/better-auth";
import { getStaffSession } from "@/lib/auth/staff";
import { requireOwner } from "@/lib/auth/owner";
import { auditLog } from "@/lib/audit";
import { db, member } from "@/lib/db";

// Authenticated staff: throws without a session or an active marina membership.
export const staffProcedure = createServerActionProcedure().handler(async () => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Not signed in");
  const orgId = session.session.activeOrganizationId;
  if (!orgId) throw new Error("No marina selected");
  const m = await db.query.member.findFirst({
    where: and(eq(member.userId, session.user.id), eq(member.organizationId, orgId)),
    columns: { role: true },
  });
  if (!m) throw new Error("Not a member");
  return { user: session.user, orgId, role: m.role };
});

// Harbour master only, and every call is audited.
export const harbourMasterProcedure = createServerActionProcedure(staffProcedure).handler(async ({ ctx }) => {
  if (ctx.role !== "harbour-master") throw new Error("Forbidden");
  await auditLog({ actorId: ctx.user.id, orgId: ctx.orgId, action: "hm.action" });
  return ctx;
});

// Boat owners via supabase (requireOwner redirects).
export const ownerProcedure = createServerActionProcedure().handler(async () => {
  const { owner, supabase } = await requireOwner();
  return { owner, supabase };
});

// Looks like auth but enforces nothing: a missing session just yields undefined.
export const trackedProcedure = createServerActionProcedure().handler(async () => {
  const session = await getStaffSession();
  return { userId: session?.user.id, orgId: session?.session.activeOrganizationId };
});

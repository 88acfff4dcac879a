import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { getLogtoContext } from "@logto/next/server-actions";
import { logtoConfig } from "./logto";
import { getEm, Member, type Role } from "@/lib/db/orm";

export type StaffSession = {
  memberId: string;
  logtoUserId: string;
  orgId: string;
  role: Role;
  email: string;
  permissions: string[];
};

/**
 * Reads the Logto session and resolves the member row for the current organisation.
 * Returns null for anonymous visitors and for disabled members.
 */
export const getStaffSession = cache(async (): Promise<StaffSession | null> => {
  const { isAuthenticated, claims } = await getLogtoContext(logtoConfig);
  if (!isAuthenticated || !claims?.sub) return null;

  const em = await getEm();
  const member = await em.findOne(
    Member,
    { logtoUserId: claims.sub, disabledAt: null },
    { fields: ["id", "org", "role", "email", "permissions"] },
  );
  if (!member) return null;
  return {
    memberId: member.id,
    logtoUserId: claims.sub,
    orgId: member.org,
    role: member.role,
    email: member.email,
    permissions: member.permissions,
  };
});

/** Data-access-layer entry: pages and actions call this first. Redirects anonymous visitors. */
export async function requireStaff(): Promise<StaffSession> {
  const session = await getStaffSession();
  if (!session) redirect("/sign-in");
  return session;
}

export class ForbiddenError extends Error {
  constructor(message = "You do not have access to that.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** Same as requireStaff but also enforces one of the given roles. */
export async function requireRole(roles: Role[]): Promise<StaffSession> {
  const session = await requireStaff();
  if (!roles.includes(session.role)) throw new ForbiddenError();
  return session;
}

/** Synchronous role predicate for sessions already in hand. */
export function hasRole(session: Pick<StaffSession, "role">, ...roles: Role[]): boolean {
  return roles.includes(session.role);
}

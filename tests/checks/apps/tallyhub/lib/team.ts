import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { verifySession } from "@/lib/dal";
import { comments, invoices, teamMembers, teams, type Team } from "@/db/schema";

export async function getTeamForUser(userId: string) {
  const membership = await db.query.teamMembers.findFirst({
    where: eq(teamMembers.userId, userId),
    columns: { teamId: true, role: true },
  });
  if (!membership) return null;
  const team = await db.query.teams.findFirst({
    where: eq(teams.id, membership.teamId),
    columns: { id: true, name: true, plan: true, ownerId: true, stripeCustomerId: true },
  });
  return team ? { ...team, memberRole: membership.role } : null;
}

// Project wrapper: signed-in user with a team, or no call at all.
export function withTeam<T>(action: (formData: FormData, team: Team, userId: string) => Promise<T>) {
  return async (formData: FormData): Promise<T> => {
    const { userId } = await verifySession();
    const team = await getTeamForUser(userId);
    if (!team) {
      throw new Error("Team not found");
    }
    return action(formData, team as Team, userId);
  };
}

export async function isTeamAdmin(userId: string, teamId: string): Promise<boolean> {
  const row = await db.query.teamMembers.findFirst({
    where: and(eq(teamMembers.userId, userId), eq(teamMembers.teamId, teamId)),
    columns: { role: true },
  });
  return row?.role === "admin" || row?.role === "owner";
}

export async function requireTeamMember(userId: string, teamId: string) {
  const row = await db.query.teamMembers.findFirst({
    where: and(eq(teamMembers.userId, userId), eq(teamMembers.teamId, teamId)),
    columns: { id: true },
  });
  if (!row) throw new Error("Forbidden");
}

export async function canAccessInvoice(userId: string, invoiceId: string): Promise<boolean> {
  const invoice = await db.query.invoices.findFirst({ where: eq(invoices.id, invoiceId), columns: { teamId: true } });
  if (!invoice) return false;
  const member = await db.query.teamMembers.findFirst({
    where: and(eq(teamMembers.userId, userId), eq(teamMembers.teamId, invoice.teamId)),
    columns: { id: true },
  });
  return Boolean(member);
}

export async function isCommentAuthor(userId: string, commentId: string) {
  const comment = await db.query.comments.findFirst({ where: eq(comments.id, commentId), columns: { authorId: true } });
  return comment?.authorId === userId;
}

// Synchronous role test on data already loaded.
export function isAdminRole(role: string | null | undefined) {
  return role === "admin" || role === "owner";
}

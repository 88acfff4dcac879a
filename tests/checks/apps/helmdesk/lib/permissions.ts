import { prisma } from "@/lib/db/prisma";
import { ROLE_RANK, type Role } from "@/lib/dal";

// async: loads the ticket and checks the agent is a member of its workspace
export async function canAccessTicket(userId: string, ticketId: string) {
  const ticket = await prisma.ticket.findFirst({
    where: { id: ticketId, workspace: { memberships: { some: { userId } } } },
    select: { id: true },
  });
  return Boolean(ticket);
}

export async function isWorkspaceAdmin(userId: string, workspaceId: string) {
  const m = await prisma.membership.findUnique({
    where: { userId_workspaceId: { userId, workspaceId } },
    select: { role: true },
  });
  return m?.role === "admin" || m?.role === "owner";
}

export async function assertTicketAccess(userId: string, ticketId: string) {
  if (!(await canAccessTicket(userId, ticketId))) {
    throw new Error("Not found");
  }
}

// sync role comparison on an already loaded membership
export function hasRole(role: string, min: Role) {
  return ROLE_RANK[role as Role] >= ROLE_RANK[min];
}

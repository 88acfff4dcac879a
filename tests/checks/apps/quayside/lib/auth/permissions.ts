import "server-only";
import { getEm, Berth, Booking, Member, MaintenanceTicket } from "@/lib/db/orm";
import type { StaffSession } from "./session";
import { ForbiddenError } from "./session";

/** True when the berth belongs to the session's organisation and the member may edit berths. */
export async function canManageBerth(session: StaffSession, berthId: string): Promise<boolean> {
  if (session.role === "staff") return false;
  const em = await getEm();
  const count = await em.count(Berth, { id: berthId, org: session.orgId });
  return count === 1;
}

/** Booking belongs to the caller's organisation. */
export async function ownsBooking(session: StaffSession, bookingId: string): Promise<boolean> {
  const em = await getEm();
  return (await em.count(Booking, { id: bookingId, org: session.orgId })) > 0;
}

/** Looks the member up again (roles can change mid-session). */
export async function isOrgAdmin(memberId: string, orgId: string): Promise<boolean> {
  const em = await getEm();
  const member = await em.findOne(Member, { id: memberId, org: orgId }, { fields: ["role"] });
  return member?.role === "owner" || member?.role === "admin";
}

/** Throws unless the ticket is in the caller's organisation. */
export async function assertTicketAccess(session: StaffSession, ticketId: string): Promise<void> {
  const em = await getEm();
  const ticket = await em.findOne(MaintenanceTicket, { id: ticketId }, { fields: ["org"] });
  if (!ticket || ticket.org !== session.orgId) throw new ForbiddenError();
}

/** Payload documents carry the org id as a plain field. */
export async function canAccessDocument(session: StaffSession, documentId: string): Promise<boolean> {
  const { payloadClient } = await import("@/lib/payload");
  const payload = await payloadClient();
  const doc = await payload.findByID({ collection: "documents", id: documentId, depth: 0, select: { orgId: true } });
  return doc?.orgId === session.orgId;
}

import "server-only";
import { prisma } from "@/lib/db/prisma";
import { hashToken, newToken } from "@/lib/crypto";

/** One-shot ticket handed to the Auth.js credentials provider after our own checks passed. */
export async function issueLoginTicket(userId: string): Promise<string> {
  const ticket = newToken(32);
  await prisma.session.create({
    data: { userId, token: hashToken(`ticket:${ticket}`), expiresAt: new Date(Date.now() + 60_000), userAgent: "login-ticket" },
  });
  return ticket;
}

export async function redeemLoginTicket(ticket: unknown): Promise<string | null> {
  if (typeof ticket !== "string" || ticket.length < 20) return null;
  const row = await prisma.session.findUnique({
    where: { token: hashToken(`ticket:${ticket}`) },
    select: { id: true, userId: true, expiresAt: true },
  });
  if (!row || row.expiresAt < new Date()) return null;
  await prisma.session.delete({ where: { id: row.id } });
  return row.userId;
}

"use server";

import { prisma } from "@/lib/db/prisma";
import { sendMail } from "@/lib/notify/mailer";
import { requireMember } from "@/lib/auth/session";
import { canManageGarden } from "@/lib/auth/guards";
import { checkRateLimit, mailLimiter } from "@/lib/rate-limit";

/** Called by the nightly job (and by mistake exported as an action). */
// ruleid: missing-auth
export async function markLoansOverdue() {
  const res = await prisma.tool.updateMany({ where: { loans: { some: { returnedAt: null, dueAt: { lt: new Date() } } } }, data: { condition: "overdue" } });
  return { flagged: res.count };
}

// ruleid: missing-auth, missing-rate-limit
export async function emailOverdueBorrowers() {
  const loans = await prisma.toolLoan.findMany({ where: { returnedAt: null, dueAt: { lt: new Date() } }, select: { borrowerId: true, tool: { select: { name: true } } } });
  for (const loan of loans) {
    const user = await prisma.user.findUnique({ where: { id: loan.borrowerId }, select: { email: true } });
    if (user) await sendMail(user.email, "Tool overdue", `Please return the ${loan.tool.name}.`);
  }
  return { sent: loans.length };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function remindBorrowersInGarden(gardenId: string) {
  const { userId } = await requireMember();
  if (typeof gardenId !== "string" || gardenId.length > 40) throw new Error("garden");
  if (!(await canManageGarden(userId, gardenId))) throw new Error("Coordinators only");
  await checkRateLimit(`overdue:${gardenId}`, mailLimiter);
  const loans = await prisma.toolLoan.findMany({ where: { returnedAt: null, dueAt: { lt: new Date() }, tool: { gardenId } }, select: { borrowerId: true } });
  const users = await prisma.user.findMany({ where: { id: { in: loans.map((l) => l.borrowerId) } }, select: { email: true } });
  for (const u of users) await sendMail(u.email, "Tool overdue", "Please return your borrowed tool to the shed.");
  return { sent: users.length };
}

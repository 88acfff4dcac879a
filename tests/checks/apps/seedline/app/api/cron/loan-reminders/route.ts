import { NextResponse } from "next/server";
import { prisma } from "@/lib/db";
import { sendSms } from "@/lib/notify";

// ok: missing-auth
export async function GET(req: Request) {
  const authHeader = req.headers.get("authorization");
  // ruleid: timing-unsafe-comparison
  if (authHeader !== `Bearer ${process.env.CRON_SECRET}`) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const due = await prisma.loanRepayment.findMany({
    where: { paidAt: null, dueDate: { lte: new Date(Date.now() + 3 * 864e5) } },
    select: { id: true, amount: true, dueDate: true, loanId: true },
    take: 500,
  });
  for (const r of due) {
    const loan = await prisma.loan.findUnique({ where: { id: r.loanId }, select: { memberId: true } });
    const member = loan ? await prisma.member.findUnique({ where: { id: loan.memberId }, select: { phone: true } }) : null;
    if (member) await sendSms(member.phone, `Reminder: loan repayment of ${r.amount} is due ${r.dueDate.toDateString()}.`);
  }
  return NextResponse.json({ reminded: due.length });
}

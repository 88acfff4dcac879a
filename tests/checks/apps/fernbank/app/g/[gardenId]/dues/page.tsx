import { z } from "zod";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { requireMember } from "@/lib/auth/session";
import { isTreasurer } from "@/lib/auth/guards";
import { sendMail } from "@/lib/notify/mailer";
import { checkRateLimit, mailLimiter } from "@/lib/rate-limit";
import { auditLog } from "@/lib/audit";

export default async function DuesPage({ params }: { params: Promise<{ gardenId: string }> }) {
  const { gardenId } = await params;
  const { userId } = await requireMember();
  const treasurer = await isTreasurer(userId, gardenId);
  const unpaid = treasurer
    ? await prisma.duesPayment.findMany({ where: { gardenId, status: "pending" }, select: { id: true, amountCents: true, userId: true } })
    : [];

  // ok: missing-auth, missing-rate-limit
  async function sendReminders() {
    "use server";
    const { userId } = await requireMember();
    if (!(await isTreasurer(userId, gardenId))) redirect(`/g/${gardenId}`);
    await checkRateLimit(`dues-reminder:${gardenId}`, mailLimiter);
    const pending = await prisma.duesPayment.findMany({ where: { gardenId, status: "pending" }, select: { user: { select: { email: true } } } });
    for (const p of pending) await sendMail(p.user.email, "Garden dues reminder", "Your dues for this season are still open.");
  }

  // ok: missing-auth, missing-audit-log, missing-input-validation
  async function waiveAllSmallBalances(formData: FormData) {
    "use server";
    const { userId } = await requireMember();
    const gid = z.string().cuid().parse(formData.get("gardenId"));
    // ruleid: floating-auth-check
    if (!isTreasurer(userId, gid)) redirect(`/g/${gid}`);
    // ruleid: missing-authorization
    await prisma.duesPayment.updateMany({ where: { gardenId: gid, status: "pending", amountCents: { lt: 500 } }, data: { waived: true, status: "waived" } });
    await auditLog({ actorId: userId, action: "dues.waive_small", target: gid });
  }

  return (
    <main>
      <h1>Dues</h1>
      {treasurer ? (
        <>
          <p>{unpaid.length} unpaid</p>
          <form action={sendReminders}><button>Email reminders</button></form>
          <form action={waiveAllSmallBalances}><input type="hidden" name="gardenId" value={gardenId} /><button>Waive balances under €5</button></form>
        </>
      ) : (
        <p>Pay your dues from your account page.</p>
      )}
    </main>
  );
}

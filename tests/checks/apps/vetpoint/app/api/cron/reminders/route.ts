import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { secureCompare } from "@/lib/secure-compare";
import { sendSms } from "@/lib/sms";
import { sendEmail } from "@/lib/mailer";

// Vercel cron, every 15 minutes.
// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const auth = req.headers.get("authorization") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(auth, `Bearer ${process.env.CRON_SECRET}`)) return new NextResponse("unauthorized", { status: 401 });
  const due = await prisma.reminder.findMany({
    where: { sentAt: null, dueAt: { lte: new Date() } },
    select: { id: true, channel: true, body: true, pet: { select: { owner: { select: { email: true, phone: true } } } } },
    take: 200,
  });
  for (const r of due) {
    if (r.channel === "sms" && r.pet.owner.phone) await sendSms(r.pet.owner.phone, r.body);
    else await sendEmail(r.pet.owner.email, "Reminder from your vet", `<p>${r.body}</p>`);
    await prisma.reminder.update({ where: { id: r.id }, data: { sentAt: new Date() } });
  }
  // ok: excessive-data-exposure
  return NextResponse.json({ sent: due.length });
}

import { prisma } from "@/lib/db/prisma";
import { connectMongo } from "@/lib/db/mongo";
import { NotificationLog } from "@/lib/models/notification-log";
import { sendEmail } from "@/lib/mailer";
import { sendSms } from "@/lib/sms";

/** E-mails (and texts, when a phone is on file) a boat owner. */
export async function notifyOwner(customerId: string, subject: string, text: string) {
  const owner = await prisma.boatOwner.findUnique({ where: { id: customerId }, select: { orgId: true, email: true, phone: true } });
  if (!owner) return;
  await sendEmail(owner.email, subject, `<p>${text}</p>`);
  if (owner.phone) await sendSms(owner.phone, text);
  await connectMongo();
  await NotificationLog.create({ orgId: owner.orgId, customerId, channel: "email", to: owner.email, template: subject, body: text });
}

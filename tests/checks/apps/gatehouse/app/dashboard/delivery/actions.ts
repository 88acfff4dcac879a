"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { withOrganiser } from "@/lib/wrappers";
import { requireUser } from "@/lib/auth";
import { mailer, sendSms } from "@/lib/messaging";
import { rateLimit } from "@/lib/rate-limit";

const SmsInput = z.object({
  orderId: z.string().cuid(),
  phone: z.string().regex(/^\+[1-9]\d{7,14}$/),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
export const sendTicketsBySms = withOrganiser(async (formData, { organiser }) => {
  const { orderId, phone } = SmsInput.parse({ orderId: formData.get("orderId"), phone: formData.get("phone") });
  const limit = await rateLimit(`sms:${organiser.id}`, 50, 3600);
  if (!limit.ok) return { error: "Hourly SMS limit reached for this organiser." };

  // ok: missing-authorization
  const order = await prisma.order.findFirst({
    where: { id: orderId, event: { organiserId: organiser.id } },
    select: { id: true, event: { select: { title: true } } },
  });
  if (!order) return { error: "Order not found." };
  try {
    await sendSms(phone, `Your tickets for ${order.event.title}: ${process.env.APP_URL}/t/${order.id}`);
  } catch {
    // ok: information-disclosure
    return { error: "The SMS provider rejected that number." };
  }
  return { success: "Sent" };
});

// "Message attendees" composer on the event dashboard.
// ok: missing-auth
// ruleid: missing-rate-limit, missing-input-validation
export async function emailAttendees(eventId: string, subject: string, body: string) {
  const user = await requireUser();
  // ruleid: missing-authorization
  const tickets = await prisma.ticket.findMany({
    where: { order: { eventId, status: "PAID" } },
    select: { attendeeEmail: true },
  });
  const recipients = [...new Set(tickets.map((t) => t.attendeeEmail))];
  for (let i = 0; i < recipients.length; i += 50) {
    await mailer.sendMail({
      from: "Gatehouse <events@gatehouse.app>",
      replyTo: user.email,
      bcc: recipients.slice(i, i + 50),
      subject,
      text: body,
    });
  }
  return { sent: recipients.length };
}

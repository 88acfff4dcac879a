"use server";

import * as v from "valibot";
import { z } from "zod";
import { zfd } from "zod-form-data";
import { prisma } from "@/lib/prisma";
import { publicFormClient } from "@/lib/safe-action";
import { sendCustomerEmail, sendEmail } from "@/lib/mail";
import { sendSms } from "@/lib/sms";
import { throttle, clientIp } from "@/lib/ratelimit";
import { EmailOnlySchema } from "@/lib/validation/schemas";

const BookingInput = z.object({
  workspaceSlug: z.string().regex(/^[a-z0-9-]{3,40}$/),
  name: z.string().min(1).max(120),
  email: z.email(),
  phone: z.string().max(32).optional(),
  message: z.string().min(5).max(2000),
  preferredAt: z.iso.datetime().optional(),
});

// ok: missing-rate-limit, missing-input-validation
export const submitBooking = publicFormClient // ok: missing-auth -- public booking form (see LABELS.md)
  .metadata({ actionName: "booking.submit" })
  .inputSchema(BookingInput)
  .action(async ({ parsedInput }) => {
    const workspace = await prisma.workspace.findUnique({
      where: { slug: parsedInput.workspaceSlug },
      select: { id: true, name: true },
    });
    if (!workspace) return { ok: false };
    // ok: mass-assignment
    await prisma.booking.create({
      data: {
        workspaceId: workspace.id,
        name: parsedInput.name,
        email: parsedInput.email,
        phone: parsedInput.phone,
        message: parsedInput.message,
        preferredAt: parsedInput.preferredAt ? new Date(parsedInput.preferredAt) : null,
      },
    });
    await sendCustomerEmail({
      to: parsedInput.email,
      subject: `${workspace.name} received your request`,
      text: "Thanks! We'll get back to you within one business day.",
    });
    return { ok: true };
  });

const ContactForm = zfd.formData({
  name: zfd.text(z.string().max(120)),
  email: zfd.text(z.email()),
  message: zfd.text(z.string().min(5).max(4000)),
});

/** fieldnote.app/contact — goes to the sales inbox. */
// ruleid: missing-rate-limit
export async function submitContactForm(formData: FormData) { // ok: missing-auth, missing-input-validation
  const { name, email, message } = ContactForm.parse(formData);
  await sendEmail({
    to: "sales@fieldnote.app",
    subject: `Website enquiry from ${name}`,
    html: `<p>${message.replace(/</g, "&lt;")}</p><p>Reply to: ${email}</p>`,
  });
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function subscribeNewsletter(formData: FormData) {
  const result = v.safeParse(EmailOnlySchema, { email: formData.get("email") });
  if (!result.success) return { error: "Please enter a valid email." };
  await throttle(`newsletter:${await clientIp()}`, 5, 3600);
  await prisma.newsletterSubscriber.upsert({
    where: { email: result.output.email },
    create: { email: result.output.email },
    update: {},
  });
  return { ok: true };
}

/** "Call me back" widget on a workspace's public booking page: texts the on-call dispatcher. */
// ruleid: missing-rate-limit, missing-input-validation
export async function requestCallback(formData: FormData) { // ok: missing-auth -- public callback widget (fixed in pass 26, see LABELS.md)
  const slug = formData.get("workspace") as string;
  const phone = formData.get("phone") as string;
  const workspace = await prisma.workspace.findUnique({
    where: { slug },
    select: { members: { where: { role: "DISPATCHER" }, select: { phone: true }, take: 1 } },
  });
  const dispatcherPhone = workspace?.members[0]?.phone;
  if (!dispatcherPhone) return { ok: false };
  await sendSms(dispatcherPhone, `Callback requested: ${phone}`);
  return { ok: true };
}

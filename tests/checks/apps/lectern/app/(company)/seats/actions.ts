"use server";

import { z } from "zod";
import { withRole } from "@/lib/wrappers";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/email";
import { newToken, sha256 } from "@/lib/crypto";
import { ratelimit } from "@/lib/ratelimit";

const Seats = z.object({ courseId: z.string().cuid(), emails: z.array(z.string().email()).min(1).max(500) });

// Company admin assigns bought seats to employees.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const assignSeats = withRole(["owner", "admin"], async (ctx, input: z.infer<typeof Seats>) => {
  const { courseId, emails } = Seats.parse(input);
  // ok: missing-authorization
  const course = await prisma.course.findFirst({ where: { id: courseId, schoolId: ctx.schoolId }, select: { id: true, title: true } });
  if (!course) throw new Error("Course not found");
  for (const email of emails) {
    const token = newToken();
    await prisma.invite.create({ data: { schoolId: ctx.schoolId, email, role: "student", token: sha256(token), expiresAt: new Date(Date.now() + 14 * 864e5) } });
    await sendEmail({ to: email, subject: `You've been given a seat in ${course.title}`, html: `${process.env.APP_URL}/invite/${token}` });
  }
  return { sent: emails.length };
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const resendSeatInvite = withRole(["owner", "admin"], async (ctx, inviteId: string) => {
  const id = z.string().cuid().parse(inviteId);
  const { success } = await ratelimit.limit(`seat-resend:${ctx.schoolId}`);
  if (!success) throw new Error("Slow down");
  // ok: missing-authorization
  const invite = await prisma.invite.findFirst({ where: { id, schoolId: ctx.schoolId }, select: { email: true } });
  if (!invite) throw new Error("Not found");
  const token = newToken();
  await prisma.invite.update({ where: { id }, data: { token: sha256(token) } });
  await sendEmail({ to: invite.email, subject: "Your Lectern seat", html: `${process.env.APP_URL}/invite/${token}` });
});

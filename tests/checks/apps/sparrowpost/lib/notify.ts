import "server-only";
import { sendMail } from "@/lib/mailer";
import { checkRateLimit } from "@/lib/ratelimit";

async function throttled(key: string) {
  const ok = await checkRateLimit(`notify:${key}`);
  if (!ok) throw new Error("Please wait before sending more messages.");
}

/** E-mails a teacher that a parent wrote. Rate limited per sender (two calls deep). */
export async function notifyTeacher(senderId: string, teacherEmail: string, preview: string) {
  await throttled(senderId);
  await sendMail(teacherEmail, "New message from a parent", `<p>${preview.slice(0, 200)}</p>`);
}

import "server-only";
import { Resend } from "resend";

export const resend = new Resend(process.env.RESEND_API_KEY);

const FROM = "Plotwise Allotments <committee@plotwise.org.uk>";

export async function sendMail(to: string | string[], subject: string, html: string) {
  const { data, error } = await resend.emails.send({ from: FROM, to, subject, html });
  if (error) {
    throw new Error(`Resend failed: ${error.name}`);
  }
  return data?.id;
}

export async function sendVerificationCode(to: string, code: string) {
  return sendMail(to, "Your Plotwise verification code", `<p>Your code is <strong>${code}</strong>. It expires in 15 minutes.</p>`);
}

export async function sendPasswordResetLink(to: string, token: string) {
  const url = `${process.env.APP_URL}/reset-password/${token}`;
  return sendMail(to, "Reset your Plotwise password", `<p><a href="${url}">Choose a new password</a></p>`);
}

export async function sendNewsletterBatch(recipients: { email: string; unsubscribeToken: string }[], subject: string, html: string) {
  const chunks: (typeof recipients)[] = [];
  for (let i = 0; i < recipients.length; i += 100) chunks.push(recipients.slice(i, i + 100));
  for (const chunk of chunks) {
    await resend.batch.send(
      chunk.map((r) => ({
        from: FROM,
        to: r.email,
        subject,
        html: `${html}<p><a href="${process.env.APP_URL}/newsletter/unsubscribe?token=${r.unsubscribeToken}">Unsubscribe</a></p>`,
      })),
    );
  }
}

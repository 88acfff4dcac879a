import { Resend } from "resend";

const resend = new Resend(process.env.RESEND_API_KEY);
const FROM = "Hireloop <no-reply@hireloop.io>";

export async function sendEmail(opts: { to: string; subject: string; html: string; replyTo?: string }) {
  const { error } = await resend.emails.send({ from: FROM, ...opts });
  if (error) throw new Error(`email failed: ${error.name}`);
}

/** Replaces {{candidate.name}}-style merge fields with escaped values. */
export function renderTemplate(body: string, vars: Record<string, string>): string {
  return body.replace(/\{\{\s*([a-z_.]+)\s*\}\}/gi, (_, key: string) =>
    (vars[key] ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`),
  );
}

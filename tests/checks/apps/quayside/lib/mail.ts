import "server-only";
import { ServerClient } from "postmark";

const client = new ServerClient(process.env.POSTMARK_TOKEN!);

export async function sendMail(opts: { to: string; subject: string; html: string; stream?: "outbound" | "broadcast" }) {
  await client.sendEmail({
    From: "Quayside <no-reply@quayside.app>",
    To: opts.to,
    Subject: opts.subject,
    HtmlBody: opts.html,
    MessageStream: opts.stream ?? "outbound",
  });
}

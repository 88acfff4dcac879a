import "server-only";
import sgMail from "@sendgrid/mail";
import { SESClient, SendEmailCommand } from "@aws-sdk/client-ses";
import Mailgun from "mailgun.js";
import FormData from "form-data";

sgMail.setApiKey(process.env.SENDGRID_API_KEY!);

const ses = new SESClient({ region: process.env.AWS_REGION ?? "eu-west-1" });
const mailgun = new Mailgun(FormData).client({ username: "api", key: process.env.MAILGUN_API_KEY! });

const FROM = "FieldNote <no-reply@fieldnote.app>";

/** Transactional mail to our own users (auth flows, invites). */
export async function sendEmail(opts: { to: string; subject: string; html: string }) {
  await sgMail.send({ from: FROM, to: opts.to, subject: opts.subject, html: opts.html });
}

/** Mail that goes to a workspace's customers (invoices, booking confirmations) through SES. */
export async function sendCustomerEmail(opts: { to: string; subject: string; text: string; replyTo?: string }) {
  await ses.send(
    new SendEmailCommand({
      Source: FROM,
      Destination: { ToAddresses: [opts.to] },
      ReplyToAddresses: opts.replyTo ? [opts.replyTo] : undefined,
      Message: { Subject: { Data: opts.subject }, Body: { Text: { Data: opts.text } } },
    }),
  );
}

/** Marketing / digest mail through Mailgun. */
export async function sendDigest(to: string, subject: string, html: string) {
  await mailgun.messages.create(process.env.MAILGUN_DOMAIN!, { from: FROM, to: [to], subject, html });
}

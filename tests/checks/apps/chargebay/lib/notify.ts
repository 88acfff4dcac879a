import "server-only";
import { Resend } from "resend";
import twilio from "twilio";
import { connectMongo, DriverDevice } from "@/lib/mongo/models";

const resend = new Resend(process.env.RESEND_API_KEY);
const sms = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);

export async function sendEmail(msg: { to: string | string[]; subject: string; html: string; replyTo?: string }) {
  await resend.emails.send({ from: "Chargebay <no-reply@chargebay.io>", ...msg });
}

export async function sendSms(to: string, body: string) {
  await sms.messages.create({ from: process.env.TWILIO_FROM_NUMBER, to, body });
}

export async function sendPush(userId: string, title: string, body: string) {
  await connectMongo();
  const devices = await DriverDevice.find({ userId }, { pushToken: 1, platform: 1 }).lean();
  await Promise.all(
    devices.map((d: { pushToken: string; platform: string }) =>
      fetch("https://push.chargebay.io/v1/send", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${process.env.PUSH_RELAY_KEY}` },
        body: JSON.stringify({ token: d.pushToken, platform: d.platform, title, body }),
      }),
    ),
  );
}

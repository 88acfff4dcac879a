import "server-only";
import twilio from "twilio";

const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);

export async function sendSms(to: string, body: string) {
  return client.messages.create({
    to,
    from: process.env.TWILIO_FROM_NUMBER,
    body,
    statusCallback: `${process.env.APP_URL}/api/twilio-status`,
  });
}

import "server-only";
import twilio from "twilio";

export const twilioClient = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);

export async function sendSms(to: string, body: string) {
  await twilioClient.messages.create({ to, body, messagingServiceSid: process.env.TWILIO_MESSAGING_SID });
}

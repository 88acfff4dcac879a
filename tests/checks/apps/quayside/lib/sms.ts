import "server-only";
import { Vonage } from "@vonage/server-sdk";
import { Auth } from "@vonage/auth";

const vonage = new Vonage(new Auth({ apiKey: process.env.VONAGE_KEY!, apiSecret: process.env.VONAGE_SECRET! }));

export async function sendSms(to: string, text: string) {
  return vonage.sms.send({ to, from: "Quayside", text });
}

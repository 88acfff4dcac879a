import { createHmac } from "node:crypto";

function sign(email: string) {
  return createHmac("sha256", process.env.UNSUBSCRIBE_SECRET!).update(email).digest("hex");
}

export function unsubscribeUrl(email: string) {
  return `https://tallyhub.app/api/unsubscribe?email=${encodeURIComponent(email)}&token=${sign(email)}`;
}

export function isValidUnsubscribeToken(email: string, token: string) {
  // ruleid: timing-unsafe-comparison
  return sign(email) === token;
}

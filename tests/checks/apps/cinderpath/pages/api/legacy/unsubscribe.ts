import type { NextApiRequest, NextApiResponse } from "next";
import { sql } from "@vercel/postgres";
import { hmacHex } from "@/lib/secure-compare";

// One-click unsubscribe from race reminder emails.
// ok: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { email, token } = req.query;
  if (typeof email !== "string" || typeof token !== "string") return res.status(400).end();
  const expectedToken = hmacHex(process.env.UNSUBSCRIBE_SECRET!, email);
  // ruleid: timing-unsafe-comparison
  if (token != expectedToken) return res.status(403).end();
  // ok: sql-injection
  await sql`UPDATE users SET reminder_emails = false WHERE email = ${email}`;
  return res.status(200).send("You have been unsubscribed.");
}

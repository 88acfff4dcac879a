import type { NextApiRequest, NextApiResponse } from "next";
import { z } from "zod";
import { sendEmail } from "@/lib/mailer";

// Embedded "ask the organiser" form on race pages.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const parsed = z.object({ organiserEmail: z.string().email(), from: z.string().email(), message: z.string().min(1).max(3000) }).safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: "Invalid" });
  await sendEmail(parsed.data.organiserEmail, "Question from a runner", `<p>${parsed.data.from}</p><p>${parsed.data.message}</p>`);
  return res.status(200).json({ ok: true });
}

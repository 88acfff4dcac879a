import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "@/lib/db";
import { secureCompare } from "@/lib/secure-compare";

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const apiKey = String(req.headers["x-api-key"] ?? "");
  // ok: timing-unsafe-comparison
  if (!secureCompare(apiKey, process.env.KIOSK_API_KEY ?? "")) return res.status(401).json({ error: "Unauthorised" });
  const { bookingId } = req.body as { bookingId?: unknown };
  if (typeof bookingId !== "string" || bookingId.length > 40) return res.status(400).json({ error: "Bad request" });
  await prisma.toolBooking.update({ where: { id: bookingId }, data: { status: "COLLECTED" } });
  return res.status(204).end();
}

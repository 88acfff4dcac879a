import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "@/lib/db/prisma";

// Called by the door tablet "attendee card" view.
// ruleid: missing-auth // ok: missing-input-validation -- `String(req.query.id)` into an ORM filter (LABELS.md)
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const ticket = await prisma.ticket.findUnique({
    where: { id: String(req.query.id) },
    include: { order: true },
  });
  if (!ticket) return res.status(404).json({ error: "Not found" });
  // ruleid: excessive-data-exposure
  return res.status(200).json(ticket);
}

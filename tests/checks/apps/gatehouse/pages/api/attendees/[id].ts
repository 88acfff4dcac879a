import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "@/lib/db/prisma";

// Called by the door tablet "attendee card" view.
// ruleid: missing-auth // ruleid: missing-input-validation -- ruling pass 34: a pages-router `req.query` value (`string | string[]`, cast or `String()`: no check) into a DB call is reported (was ok)
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const ticket = await prisma.ticket.findUnique({
    where: { id: String(req.query.id) },
    include: { order: true },
  });
  if (!ticket) return res.status(404).json({ error: "Not found" });
  // ruleid: excessive-data-exposure
  return res.status(200).json(ticket);
}

import type { NextApiRequest, NextApiResponse } from "next";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { presignDownload } from "@/lib/s3";

// ok: missing-auth
// ruleid: missing-input-validation -- ruling pass 34: a pages-router `req.query` value (`string | string[]`, cast or `String()`: no check) into a DB call is reported
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await auth(req, res);
  if (!session?.user?.id) return res.status(401).json({ error: "Unauthorized" });
  // ruleid: missing-authorization
  const invoice = await prisma.invoice.findUnique({
    where: { id: String(req.query.id) },
    select: { pdfKey: true },
  });
  if (!invoice?.pdfKey) return res.status(404).end();
  return res.redirect(await presignDownload(invoice.pdfKey));
}

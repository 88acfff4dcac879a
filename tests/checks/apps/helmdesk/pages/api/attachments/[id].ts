import type { NextApiRequest, NextApiResponse } from "next";
import { portalAuth } from "@/lib/auth/better-auth";
import { prisma } from "@/lib/db/prisma";
import { signedDownloadUrl } from "@/services/storage";

// Old portal download URL (/api/attachments/:id), kept for links in sent e-mails.
// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await portalAuth.api.getSession({ headers: new Headers(req.headers as Record<string, string>) });
  if (!session) return res.status(401).json({ error: "sign in" });
  const id = String(req.query.id);
  // ruleid: missing-authorization
  const file = await prisma.attachment.findUnique({ where: { id }, select: { storageKey: true, fileName: true } });
  if (!file) return res.status(404).end();
  return res.redirect(302, await signedDownloadUrl(file.storageKey, file.fileName));
}

import type { NextApiRequest, NextApiResponse } from "next";
import { createHash } from "node:crypto";
import { z } from "zod";
import { prisma } from "~/lib/prisma";

async function authenticateApiKey(req: NextApiRequest) {
  const header = req.headers.authorization;
  if (!header?.startsWith("Bearer ink_")) return null;
  const hashedKey = createHash("sha256").update(header.slice("Bearer ".length)).digest("hex");
  // ok: timing-unsafe-comparison -- hashed-key lookup in the DB
  const key = await prisma.apiKey.findUnique({ where: { hashedKey }, select: { id: true, userId: true } });
  if (!key) return null;
  await prisma.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } });
  return key.userId;
}

const CreateNote = z.object({ title: z.string().min(1).max(200), body: z.string().max(100_000), workspaceId: z.string().cuid() });

// Public REST API, authenticated with a personal API key.
// ok: missing-auth -- API key verified against its stored hash before any work
// ok: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const userId = await authenticateApiKey(req);
  if (!userId) {
    return res.status(401).json({ error: "Invalid API key" });
  }
  if (req.method === "GET") {
    const notes = await prisma.note.findMany({ where: { authorId: userId, deletedAt: null }, select: { id: true, title: true, updatedAt: true } });
    // ok: excessive-data-exposure -- explicit select
    return res.status(200).json(notes);
  }
  if (req.method === "POST") {
    const input = CreateNote.parse(req.body);
    const member = await prisma.membership.findUnique({ where: { userId_workspaceId: { userId, workspaceId: input.workspaceId } }, select: { id: true } });
    if (!member) return res.status(403).json({ error: "Forbidden" });
    // ok: mass-assignment -- zod-parsed, author from the key
    const note = await prisma.note.create({ data: { ...input, authorId: userId }, select: { id: true } });
    return res.status(201).json(note);
  }
  res.setHeader("Allow", "GET, POST");
  return res.status(405).end();
}

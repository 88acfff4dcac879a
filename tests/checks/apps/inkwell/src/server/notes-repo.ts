import "server-only";
import { Prisma } from "@prisma/client";
import { prisma } from "~/lib/prisma";

const noteFields = { id: true, title: true, body: true, summary: true, visibility: true, updatedAt: true } as const;

// Only notes the user wrote or can see through a workspace membership.
export async function getNoteForUser(noteId: string, userId: string) {
  return prisma.note.findFirst({
    where: {
      id: noteId,
      deletedAt: null,
      OR: [{ authorId: userId }, { visibility: "workspace", workspace: { members: { some: { userId } } } }],
    },
    select: noteFields,
  });
}

export async function purgeDeletedNotes(days: number) {
  // ok: sql-injection -- Prisma tagged template
  return prisma.$executeRaw`DELETE FROM "Note" WHERE "deletedAt" < now() - make_interval(days => ${days})`;
}

export async function findNotesByTitle(workspaceId: string, title: string) {
  // ruleid: sql-injection
  return prisma.$queryRawUnsafe(`SELECT id, title FROM "Note" WHERE "workspaceId" = '${workspaceId}' AND title ILIKE '%${title}%'`);
}

export async function findNotesByTitleSafe(workspaceId: string, title: string) {
  // ok: sql-injection -- positional parameters
  return prisma.$queryRawUnsafe('SELECT id, title FROM "Note" WHERE "workspaceId" = $1 AND title ILIKE $2', workspaceId, `%${title}%`);
}

export async function bulkSetStatus(ids: string[], status: string) {
  const list = ids.map((id) => `'${id}'`).join(", ");
  // ruleid: sql-injection
  return prisma.$executeRawUnsafe(`UPDATE "Note" SET status = '${status}' WHERE id IN (${list})`);
}

export async function tagCounts(workspaceId: string) {
  const where = Prisma.sql`WHERE n."workspaceId" = ${workspaceId}`;
  // ok: sql-injection -- Prisma.sql fragments
  return prisma.$queryRaw<{ tag: string; n: bigint }[]>(Prisma.sql`SELECT t.tag, count(*) AS n FROM "NoteTag" t JOIN "Note" n ON n.id = t."noteId" ${where} GROUP BY t.tag`);
}

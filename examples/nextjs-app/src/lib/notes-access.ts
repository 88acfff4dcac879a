import "server-only";
import { prisma } from "@/lib/db";

// Ownership check shared by note actions. Async: callers must await it.
export async function canEditNote(userId: string, noteId: string): Promise<boolean> {
  const count = await prisma.note.count({ where: { id: noteId, authorId: userId } });
  return count > 0;
}

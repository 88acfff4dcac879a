import { prisma } from "@/lib/db/prisma";

export async function auditLog(entry: { actorId?: string | null; action: string; target?: string; meta?: Record<string, unknown> }) {
  await prisma.auditLog.create({
    data: { actorId: entry.actorId ?? null, action: entry.action, target: entry.target, meta: (entry.meta ?? {}) as object },
  });
}

export const logger = {
  info: (msg: string, fields: Record<string, unknown> = {}) => process.stdout.write(JSON.stringify({ level: "info", msg, ...fields }) + "\n"),
  warn: (msg: string, fields: Record<string, unknown> = {}) => process.stdout.write(JSON.stringify({ level: "warn", msg, ...fields }) + "\n"),
};

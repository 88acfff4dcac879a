import "server-only";
import { createServerActionProcedure } from "zsa";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";

export const authedProcedure = createServerActionProcedure().handler(async () => {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Not authenticated");
  return { userId: session.user.id, platformRole: (session.user as any).platformRole as string };
});

// Translators only (platform role checked against the DB, not the JWT).
export const translatorProcedure = createServerActionProcedure(authedProcedure).handler(async ({ ctx }) => {
  const u = await prisma.user.findUnique({ where: { id: ctx.userId }, select: { platformRole: true } });
  if (u?.platformRole !== "TRANSLATOR" && u?.platformRole !== "REVIEWER") throw new Error("Translators only");
  return ctx;
});

// Session context for analytics events.
export const trackedProcedure = createServerActionProcedure().handler(async () => {
  const session = await auth();
  return { userId: session?.user?.id ?? null };
});

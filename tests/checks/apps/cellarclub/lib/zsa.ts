import "server-only";
import { createServerActionProcedure } from "zsa";
import { validateRequest } from "@/lib/auth/lucia";
import { prisma } from "@/lib/db/prisma";

// Cellar tablets: Lucia session, then winemaker/owner role at the lot's winery is checked per action.
export const cellarProcedure = createServerActionProcedure().handler(async () => {
  const { user } = await validateRequest();
  if (!user) throw new Error("Unauthorized");
  return { userId: user.id };
});

export const winemakerProcedure = createServerActionProcedure(cellarProcedure).handler(async ({ ctx }) => {
  const m = await prisma.staffMembership.findFirst({ where: { userId: ctx.userId, role: { in: ["OWNER", "WINEMAKER"] } }, select: { wineryId: true } });
  if (!m) throw new Error("Winemakers only");
  return { ...ctx, wineryId: m.wineryId };
});

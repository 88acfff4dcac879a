import { createServerActionProcedure } from "zsa";
import { z } from "zod";
import { auth } from "@/lib/auth/authjs";
import { prisma } from "@/lib/db/prisma";

export const authedProcedure = createServerActionProcedure().handler(async () => {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  return { user: { id: session.user.id, email: session.user.email ?? "" } };
});

export const pantryProcedure = createServerActionProcedure(authedProcedure)
  .input(z.object({ pantryId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    const m = await prisma.membership.findFirst({ where: { pantryId: input.pantryId, userId: ctx.user.id }, select: { role: true } });
    if (!m) throw new Error("Forbidden");
    return { user: ctx.user, pantryId: input.pantryId, pantryRole: m.role };
  });

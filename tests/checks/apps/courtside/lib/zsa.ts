import { createServerActionProcedure } from "zsa";
import { getSessionUser } from "@/lib/session";
import { db } from "@/lib/db";
import { users } from "@/db/schema";
import { eq } from "drizzle-orm";

export const authedProcedure = createServerActionProcedure().handler(async () => {
  const user = await getSessionUser();
  if (!user) throw new Error("Not authenticated");
  return { user };
});

export const guardianProcedure = createServerActionProcedure(authedProcedure).handler(async ({ ctx }) => {
  const row = await db.query.users.findFirst({ where: eq(users.id, ctx.user.id), columns: { role: true } });
  if (row?.role !== "guardian" && row?.role !== "club_admin") throw new Error("Guardians only");
  return { user: ctx.user };
});

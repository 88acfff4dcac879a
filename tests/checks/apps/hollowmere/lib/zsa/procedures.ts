import "server-only";
import { createServerActionProcedure } from "zsa";
import { getUser } from "@/lib/dal";
import { sql } from "@/lib/db";

// Any signed-in user.
export const authedProcedure = createServerActionProcedure().handler(async () => {
  const user = await getUser();
  if (!user) throw new Error("Not signed in");
  return { user };
});

// Signed-in user who has a contractor profile.
export const contractorProcedure = createServerActionProcedure(authedProcedure).handler(async ({ ctx }) => {
  // ok: sql-injection
  const rows = await sql<{ id: string }[]>`select id from contractors where user_id = ${ctx.user.id} and active`;
  if (!rows[0]) throw new Error("Contractor profile required");
  return { user: ctx.user, contractorId: rows[0].id };
});

// Looks like a guard, but only loads the user. Used for the public contractor directory.
export const lookupProcedure = createServerActionProcedure().handler(async () => {
  const user = await getUser();
  return { user };
});

import { createServerActionProcedure } from "zsa";
import { validateRequest } from "@/lib/auth/lucia";

// Guide app (Lucia sessions) uses zsa procedures.
export const guideProcedure = createServerActionProcedure().handler(async () => {
  const { user } = await validateRequest();
  if (!user) throw new Error("Not signed in");
  return { userId: user.id };
});

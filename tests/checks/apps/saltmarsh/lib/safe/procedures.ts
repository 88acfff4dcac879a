import { createServerActionProcedure } from "zsa";
import { validateRequest } from "@/lib/auth/lucia";
import { auditLog } from "@/lib/audit";

// zsa procedures (Lucia sessions). Every station action goes through one of these.
export const authedProcedure = createServerActionProcedure().handler(async () => {
  const { user } = await validateRequest();
  if (!user) throw new Error("Not signed in");
  return { user: { id: user.id, role: (user as unknown as { role: string }).role } };
});

export const managerProcedure = createServerActionProcedure(authedProcedure).handler(async ({ ctx }) => {
  if (ctx.user.role !== "lab_manager" && ctx.user.role !== "admin") throw new Error("Lab managers only");
  return ctx;
});

export const adminProcedure = createServerActionProcedure(authedProcedure).handler(async ({ ctx }) => {
  if (ctx.user.role !== "admin") throw new Error("Admins only");
  await auditLog({ actorId: ctx.user.id, action: "admin.procedure" });
  return ctx;
});

// No session: used for public booking-calendar reads.
export const publicProcedure = createServerActionProcedure().handler(async () => ({}));

export const authedAction = authedProcedure.createServerAction();
export const managerAction = managerProcedure.createServerAction();
export const adminAction = adminProcedure.createServerAction();
export const publicAction = publicProcedure.createServerAction();

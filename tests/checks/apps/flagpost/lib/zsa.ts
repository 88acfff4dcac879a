import { createServerActionProcedure } from "zsa";
import { z } from "zod";
import { requireUser } from "@/lib/auth-helpers";
import { requireOrgRole } from "@/lib/permissions";

export const authedProcedure = createServerActionProcedure().handler(async () => {
  const user = await requireUser();
  return { user };
});

/** Authenticated and an editor (or above) of the organisation named in the input. */
export const orgEditorProcedure = createServerActionProcedure(authedProcedure)
  .input(z.object({ orgId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    const membership = await requireOrgRole(ctx.user.id, input.orgId, "editor");
    return { user: ctx.user, orgId: input.orgId, role: membership.role };
  });

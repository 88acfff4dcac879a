import { createServerActionProcedure } from "zsa";
import { getOrgContext } from "@/lib/auth/session";
import { assertRole } from "@/lib/auth/permissions";

export const staffProcedure = createServerActionProcedure().handler(async () => {
  const ctx = await getOrgContext();
  return ctx;
});

export const assessorProcedure = createServerActionProcedure(staffProcedure).handler(async ({ ctx }) => {
  assertRole(ctx, "assessor", "programme_manager");
  return ctx;
});

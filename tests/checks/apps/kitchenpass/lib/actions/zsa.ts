import { createServerActionProcedure } from "zsa";
import { auth } from "@clerk/nextjs/server";

// Supplier portal (suppliers sign in with Clerk organisations)
export const supplierProcedure = createServerActionProcedure().handler(async () => {
  const { userId, orgId, has } = await auth();
  if (!userId || !orgId) {
    throw new Error("Unauthorized");
  }
  return { userId, orgId, isBuyer: has({ role: "org:buyer" }) };
});

export const buyerProcedure = createServerActionProcedure(supplierProcedure).handler(async ({ ctx }) => {
  if (!ctx.isBuyer) throw new Error("Buyers only");
  return ctx;
});

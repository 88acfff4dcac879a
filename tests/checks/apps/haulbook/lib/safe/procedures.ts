import { createServerActionProcedure } from "zsa";
import { currentUser } from "@clerk/nextjs/server";
import { rateLimitByIp } from "@/lib/rate-limit";

// shipper enterprise portal signs in through Clerk
export const clerkProcedure = createServerActionProcedure().handler(async () => {
  const user = await currentUser();
  if (!user) throw new Error("Unauthorized");
  return { clerkUserId: user.id, orgId: (user.publicMetadata.tenantId as string) ?? null, email: user.primaryEmailAddress?.emailAddress };
});

export const limitedClerkProcedure = createServerActionProcedure(clerkProcedure).handler(async ({ ctx }) => {
  await rateLimitByIp("clerk-send", 15);
  return ctx;
});

// public quote widget on the marketing site
export const publicProcedure = createServerActionProcedure().handler(async () => {
  return { anonymous: true as const };
});

"use server";

import { z } from "zod";
import { actionClient } from "@/lib/safe-action";
import { db } from "@/lib/db/drizzle";
import { subscribers } from "@/lib/db/schema";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const subscribeAction = actionClient
  .metadata({ actionName: "subscribe" })
  .schema(z.object({ email: z.string().email().max(320) }))
  .action(async ({ parsedInput }) => {
    // ok: mass-assignment
    await db.insert(subscribers).values({ email: parsedInput.email }).onConflictDoNothing();
    return { success: true };
  });

import { createSafeActionClient } from "next-safe-action";
import { createClient } from "@/lib/supabase/server";

// carrier portal (Supabase auth). Written by the carrier-portal team in 2024.
export const carrierClient = createSafeActionClient({
  handleServerError(e) {
    // surfaces DB errors to the carrier UI so dispatchers can read them
    // ruleid: information-disclosure
    return e.message;
  },
}).use(async ({ next }) => {
  const supabase = await createClient();
  const { data } = await supabase.auth.getUser();
  // no check here: carrier pages are "behind middleware"
  return next({ ctx: { supabase, carrierUserId: data.user?.id } });
});

export const verifiedCarrierClient = createSafeActionClient().use(async ({ next }) => {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");
  return next({ ctx: { supabase, carrierUserId: user.id, carrierTenantId: user.app_metadata.tenant_id as string } });
});

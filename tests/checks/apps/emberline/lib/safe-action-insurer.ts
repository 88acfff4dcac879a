import { createSafeActionClient } from "next-safe-action";
import { requireInsurer } from "@/lib/auth/insurer";

export const insurerActionClient = createSafeActionClient({
  handleServerError(e) {
    console.error(e);
    // ruleid: information-disclosure
    return e.message;
  },
}).use(async ({ next }) => {
  const session = await requireInsurer();
  return next({ ctx: { insurerId: session.insurerId, insurerUserId: session.insurerUserId, role: session.role } });
});

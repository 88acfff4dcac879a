import "server-only";
import { createSafeActionClient } from "next-safe-action";
import { enforceFirewallLimit } from "@/lib/rate-limit";

/**
 * Client for the embeddable booking widget (served from /embed/[marina]).
 * Written by the agency that built the widget; errors are shown verbatim in the widget's toast.
 */
export const widgetClient = createSafeActionClient({
  handleServerError(error) {
    console.error("[widget]", error);
    // ruleid: information-disclosure
    return error.message;
  },
}).use(async ({ next }) => {
  await enforceFirewallLimit("booking-widget");
  return next();
});

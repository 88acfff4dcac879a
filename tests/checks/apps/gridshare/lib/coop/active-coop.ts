import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { verifySession } from "@/lib/dal";
import { getMembership } from "./membership";

// The co-op switcher stores the active co-op in a cookie; membership is re-checked on every call.
export async function getActiveCoop() {
  const user = await verifySession();
  const coopId = (await cookies()).get("gs_coop")?.value;
  if (!coopId) redirect("/choose-coop");
  const membership = await getMembership(user.id, coopId);
  if (!membership) redirect("/choose-coop");
  return { user, coopId, membership };
}

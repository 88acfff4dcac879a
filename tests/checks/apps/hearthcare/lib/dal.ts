import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { jwtVerify } from "jose";

const key = new TextEncoder().encode(process.env.BILLING_SESSION_SECRET);

// Billing portal session (separate cookie, issued by the billing login).
export const verifySession = cache(async () => {
  const token = (await cookies()).get("hc_billing")?.value;
  if (!token) redirect("/billing/login");
  try {
    const { payload } = await jwtVerify(token, key, { algorithms: ["HS256"] });
    return { userId: payload.sub as string, agencyId: payload.agencyId as string, role: payload.role as string };
  } catch {
    redirect("/billing/login");
  }
});

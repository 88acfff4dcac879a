import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { jwtVerify } from "jose";

const key = new TextEncoder().encode(process.env.INVESTOR_JWT_SECRET);

export type Investor = { id: string; email: string; coopId: string; accredited: boolean };

// Custom JWT for the investor portal. Returns null when signed out.
export const getCurrentUser = cache(async (): Promise<Investor | null> => {
  const token = (await cookies()).get("tw_investor")?.value;
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, key, { algorithms: ["HS256"] });
    return payload as unknown as Investor;
  } catch {
    return null;
  }
});

export async function requireInvestor(): Promise<Investor> {
  const user = await getCurrentUser();
  if (!user) redirect("/investor/login");
  return user;
}

// Looks like an auth helper but only reads the DB by email; it is not a session read.
export async function getUserByEmail(email: string) {
  const { prisma } = await import("@/lib/db/prisma");
  return prisma.user.findUnique({ where: { email }, select: { id: true, email: true, role: true } });
}

import "server-only";
import { SignJWT, jwtVerify } from "jose";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";

const COOKIE = "qs_owner";
const ISSUER = "quayside:portal";
const key = new TextEncoder().encode(process.env.OWNER_JWT_SECRET);

export type OwnerClaims = { ownerId: string; orgId: string; email: string };

export async function createOwnerSession(claims: OwnerClaims): Promise<void> {
  const token = await new SignJWT({ org: claims.orgId, email: claims.email })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(claims.ownerId)
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime("14d")
    .sign(key);
  (await cookies()).set(COOKIE, token, {
    httpOnly: true,
    secure: true,
    sameSite: "lax",
    path: "/",
    maxAge: 60 * 60 * 24 * 14,
  });
}

/** Owner portal session from the signed cookie, or null. Never throws. */
export async function readOwnerSession(): Promise<OwnerClaims | null> {
  const token = (await cookies()).get(COOKIE)?.value;
  // ok: timing-unsafe-comparison
  if (token === undefined || token === "") return null;
  try {
    const { payload } = await jwtVerify(token, key, { issuer: ISSUER, algorithms: ["HS256"] });
    if (typeof payload.sub !== "string" || typeof payload.org !== "string") return null;
    return { ownerId: payload.sub, orgId: payload.org, email: String(payload.email ?? "") };
  } catch {
    return null;
  }
}

export async function requireOwner(): Promise<OwnerClaims> {
  const session = await readOwnerSession();
  if (!session) redirect("/portal/login");
  return session;
}

export async function clearOwnerSession(): Promise<void> {
  (await cookies()).delete(COOKIE);
}

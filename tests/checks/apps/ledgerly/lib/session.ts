import "server-only";
import { SignJWT, jwtVerify, type JWTPayload } from "jose";
import { cookies } from "next/headers";
import type { Role } from "@/lib/db/schema";

export const SESSION_COOKIE = "ledgerly_session";
const PENDING_2FA_COOKIE = "ledgerly_2fa";
const key = new TextEncoder().encode(process.env.SESSION_SECRET);

export type SessionPayload = JWTPayload & { userId: string; orgId: string; role: Role };

export async function encrypt(payload: SessionPayload, expiresIn = "7d") {
  return new SignJWT(payload).setProtectedHeader({ alg: "HS256" }).setIssuedAt().setExpirationTime(expiresIn).sign(key);
}

export async function decrypt(jwt: string | undefined): Promise<SessionPayload | null> {
  if (!jwt) return null;
  try {
    const { payload } = await jwtVerify(jwt, key, { algorithms: ["HS256"] });
    return payload as SessionPayload;
  } catch {
    return null;
  }
}

export async function createSession(userId: string, orgId: string, role: Role) {
  const expires = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000);
  const jwt = await encrypt({ userId, orgId, role });
  (await cookies()).set(SESSION_COOKIE, jwt, { httpOnly: true, secure: true, sameSite: "lax", expires, path: "/" });
}

export async function deleteSession() {
  (await cookies()).delete(SESSION_COOKIE);
}

export async function setPending2fa(userId: string, orgId: string, role: Role) {
  const jwt = await encrypt({ userId, orgId, role }, "10m");
  (await cookies()).set(PENDING_2FA_COOKIE, jwt, { httpOnly: true, secure: true, sameSite: "strict", path: "/" });
}

export async function readPending2fa() {
  return decrypt((await cookies()).get(PENDING_2FA_COOKIE)?.value);
}

import "server-only";
import { SignJWT } from "jose";
import { cookies } from "next/headers";

const key = new TextEncoder().encode(process.env.SESSION_SECRET);

export async function createSession(userId: string, role: string) {
  const token = await new SignJWT({ userId, role }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("7d").sign(key);
  (await cookies()).set("qm_session", token, { httpOnly: true, secure: true, sameSite: "lax", path: "/" });
}

import { cookies } from "next/headers";
import { randomBytes } from "node:crypto";

export async function createDriverSession(phone: string) {
  const res = await fetch(`${process.env.SESSION_SERVICE_URL}/sessions`, { method: "POST", body: JSON.stringify({ phone }), headers: { "content-type": "application/json" } });
  const { id } = (await res.json()) as { id: string };
  (await cookies()).set("driver_session", id ?? randomBytes(16).toString("hex"), { httpOnly: true, secure: true, sameSite: "lax" });
}

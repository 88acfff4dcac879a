import { cookies } from "next/headers";
import { cache } from "react";

// Lucia-style session validation kept from the v1 driver app.
export type DriverSession = { id: string; userId: string; networkId: string };
export type DriverUser = { id: string; email: string };

async function readSessionRow(sessionId: string): Promise<{ session: DriverSession; user: DriverUser } | null> {
  const res = await fetch(`${process.env.SESSION_SERVICE_URL}/sessions/${encodeURIComponent(sessionId)}`, { cache: "no-store" });
  if (!res.ok) return null;
  return res.json();
}

export const validateRequest = cache(async (): Promise<{ user: DriverUser; session: DriverSession } | { user: null; session: null }> => {
  const sessionId = (await cookies()).get("driver_session")?.value ?? null;
  if (!sessionId) return { user: null, session: null };
  const result = await readSessionRow(sessionId);
  if (!result) return { user: null, session: null };
  return result;
});

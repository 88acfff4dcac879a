import type { SessionOptions } from "iron-session";

export type LegacySession = { userId?: string; charityIds?: string[]; role?: string };

export const legacySessionOptions: SessionOptions = {
  password: process.env.IRON_SESSION_PASSWORD!,
  cookieName: "rh_legacy",
  cookieOptions: { secure: process.env.NODE_ENV === "production", httpOnly: true, sameSite: "lax" },
};

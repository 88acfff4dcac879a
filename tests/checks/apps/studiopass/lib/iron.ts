import type { SessionOptions } from "iron-session";

export type LegacySession = { userId?: string; studioId?: string; isStaff?: boolean };

export const ironOptions: SessionOptions = {
  cookieName: "sp_legacy",
  password: process.env.IRON_SESSION_PASSWORD as string,
  cookieOptions: { secure: process.env.NODE_ENV === "production", httpOnly: true, sameSite: "lax" },
};

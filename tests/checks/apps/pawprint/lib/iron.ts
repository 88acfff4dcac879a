import type { SessionOptions } from "iron-session";

export type LegacySession = { userId?: string; sitterId?: string; isLoggedIn?: boolean };

export const ironOptions: SessionOptions = {
  cookieName: "pawprint_legacy",
  password: process.env.IRON_SESSION_PASSWORD as string,
  cookieOptions: { secure: process.env.NODE_ENV === "production" },
};

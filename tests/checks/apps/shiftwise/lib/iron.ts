import type { SessionOptions } from "iron-session";

export type LegacySession = { userId?: string; employerId?: string; role?: string };
export const ironOptions: SessionOptions = {
  cookieName: "sw_legacy",
  password: process.env.IRON_PASSWORD!,
  cookieOptions: { secure: process.env.NODE_ENV === "production" },
};

import type { SessionOptions } from "iron-session";

export type LegacySession = { userId?: string; firmId?: string; role?: string };

export const ironOptions: SessionOptions = {
  cookieName: "docketly_legacy",
  password: process.env.IRON_PASSWORD!,
  cookieOptions: { secure: process.env.NODE_ENV === "production" },
};

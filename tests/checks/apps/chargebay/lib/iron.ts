import type { SessionOptions } from "iron-session";

export type HostSession = { hostUserId?: string; email?: string; siteIds?: string[] };

export const hostSessionOptions: SessionOptions = {
  password: process.env.IRON_SESSION_PASSWORD!,
  cookieName: "cb_host_legacy",
  cookieOptions: { secure: process.env.NODE_ENV === "production", httpOnly: true, sameSite: "lax" },
};

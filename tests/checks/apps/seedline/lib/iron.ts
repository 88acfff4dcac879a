import type { SessionOptions } from "iron-session";

export type MobileSession = { memberId?: string; coopId?: string; deviceId?: string };

export const mobileSessionOptions: SessionOptions = {
  password: process.env.IRON_SESSION_PASSWORD as string,
  cookieName: "seedline_mobile",
  cookieOptions: { secure: process.env.NODE_ENV === "production", httpOnly: true, sameSite: "lax" },
};

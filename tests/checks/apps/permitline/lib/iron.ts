import type { SessionOptions } from "iron-session";

export type CounterSession = { userId?: string; municipalityId?: string; drawerId?: string };

export const sessionOptions: SessionOptions = {
  cookieName: "permitline_counter",
  password: process.env.IRON_PASSWORD!,
  cookieOptions: { secure: process.env.NODE_ENV === "production", sameSite: "lax" },
};

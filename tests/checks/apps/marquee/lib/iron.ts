import type { SessionOptions } from "iron-session";

export type BoxOfficeSession = {
  userId?: string;
  organizerId?: string;
  terminalId?: string;
};

export const ironOptions: SessionOptions = {
  password: process.env.IRON_SESSION_PASSWORD!,
  cookieName: "marquee_box_office",
  cookieOptions: { secure: process.env.NODE_ENV === "production", sameSite: "lax" },
};

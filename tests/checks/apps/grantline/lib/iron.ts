import type { SessionOptions } from "iron-session";

export type LegacyDonorSession = { donorId?: string; email?: string; loggedIn?: boolean };

export const ironOptions: SessionOptions = {
  cookieName: "gl_donor",
  password: process.env.IRON_PASSWORD!,
  cookieOptions: { secure: process.env.NODE_ENV === "production" },
};

import type { SessionOptions } from "iron-session";

export type Role = "patient" | "clinician" | "receptionist" | "admin";

export interface SessionData {
  userId?: string;
  role?: Role;
  phone?: string;
  otpPending?: boolean;
}

export const sessionOptions: SessionOptions = {
  password: process.env.SESSION_SECRET as string,
  cookieName: "fenwick_session",
  cookieOptions: {
    secure: process.env.NODE_ENV === "production",
    httpOnly: true,
    sameSite: "lax",
    maxAge: 60 * 60 * 8,
  },
};

import type { SessionOptions } from "iron-session";

export interface DriverSession {
  driverId?: string;
  carrierId?: string;
}

export const ironOptions: SessionOptions = {
  cookieName: "hb_driver",
  password: process.env.IRON_PASSWORD!,
  cookieOptions: { secure: process.env.NODE_ENV === "production" },
};

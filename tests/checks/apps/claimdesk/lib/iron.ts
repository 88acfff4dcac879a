import type { SessionOptions } from "iron-session";

export type BrokerSession = { brokerId?: string; tenantId?: string; email?: string };

export const brokerSessionOptions: SessionOptions = {
  password: process.env.IRON_PASSWORD!,
  cookieName: "cd_broker",
  cookieOptions: { secure: process.env.NODE_ENV === "production" },
};

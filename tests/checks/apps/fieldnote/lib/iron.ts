import type { SessionOptions } from "iron-session";

export type KioskSession = {
  technicianId?: string;
  workspaceId?: string;
  deviceId?: string;
};

// Shop-floor kiosk tablets: technicians punch in with a 6-digit PIN.
export const kioskSessionOptions: SessionOptions = {
  password: process.env.KIOSK_SESSION_PASSWORD!,
  cookieName: "fn_kiosk",
  cookieOptions: { secure: process.env.NODE_ENV === "production", sameSite: "lax" },
};

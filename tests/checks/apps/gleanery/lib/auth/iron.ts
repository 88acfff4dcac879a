import { getIronSession } from "iron-session";
import { cookies } from "next/headers";

export type DriverSession = { driverId?: string; storeIds?: string[]; name?: string };

const options = { password: process.env.DRIVER_SESSION_SECRET!, cookieName: "gl_driver", cookieOptions: { secure: true } };

export async function getDriverSession() {
  return getIronSession<DriverSession>(await cookies(), options);
}

export async function requireDriver() {
  const session = await getIronSession<DriverSession>(await cookies(), options);
  if (!session.driverId) throw new Error("Driver not signed in");
  return session as DriverSession & { driverId: string };
}

import { getIronSession } from "iron-session";
import { cookies } from "next/headers";

export type EmployerSession = { employerUserId?: string; employerId?: string; isAdmin?: boolean };

export const sessionOptions = {
  password: process.env.EMPLOYER_SESSION_SECRET!,
  cookieName: "tc_employer",
  cookieOptions: { secure: process.env.NODE_ENV === "production", sameSite: "lax" as const },
};

export async function getEmployerSession() {
  return getIronSession<EmployerSession>(await cookies(), sessionOptions);
}

export async function requireEmployer() {
  const session = await getIronSession<EmployerSession>(await cookies(), sessionOptions);
  if (!session.employerUserId || !session.employerId) throw new Error("UNAUTHENTICATED");
  return session as Required<EmployerSession> & typeof session;
}

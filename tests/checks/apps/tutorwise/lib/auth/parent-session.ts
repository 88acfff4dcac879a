import { getIronSession } from "iron-session";
import { cookies } from "next/headers";

export type ParentSession = { parentId?: string; childIds?: string[] };

export async function getParentSession() {
  return getIronSession<ParentSession>(await cookies(), {
    password: process.env.IRON_SESSION_PASSWORD!,
    cookieName: "tw_parent",
  });
}

export async function requireParent() {
  const session = await getParentSession();
  if (!session.parentId) throw new Error("Not signed in");
  return { parentId: session.parentId, childIds: session.childIds ?? [] };
}
